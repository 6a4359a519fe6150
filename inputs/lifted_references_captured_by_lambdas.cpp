// Lambdas that capture, by name, a local the machine keeps in another form
// than its declared type: a reference kept as a pointer to its object (a
// range-for's `const std::string &s`, `const int &count = counts[i]`, a
// structured binding of a reference `auto &[k, v] = pair`), a reference
// that extends a temporary kept as that temporary, or as a base part of it.
// Captured by copy (`[s]`, `[=]`), by reference (`[&s]`, `[&]`), in nested
// lambdas, in a lambda inside a generic lambda, in a generic lambda, in a
// lambda the machine keeps across an await and in a coroutine lambda.
// Natively `[s]` copies the object the reference refers to and `[&s]`
// refers to it; before, the capture copied the machine's pointer (the
// string cases did not compile, `count == 0` compared the pointer with
// null).
#include <asl/task.h>

#include <cstdio>
#include <string>
#include <utility>
#include <vector>

ASL_ASYNC asl::Task<void> tick() { co_return; }

struct Base {
  std::string name = "base";
};
struct Derived : Base {
  std::string more = "derived";
};
Derived make_derived() { return {}; }
std::string make_text() { return "made"; }

ASL_ASYNC asl::Task<std::string> strings(std::vector<std::string> steps) {
  std::string out;
  for (const std::string &s : steps) {
    co_await tick();
    auto by_copy = [s] { return s + ":" + std::to_string(s.size()); };
    auto by_ref = [&s] { return s.size(); };
    auto implicit_copy = [=] { return s + "="; };
    auto implicit_ref = [&] { return s + "&"; };
    out += by_copy() + " " + std::to_string(by_ref()) + " " +
           implicit_copy() + implicit_ref() + " ";
    // Nested: inside a lambda that copied the name, the name is its copy;
    // inside one that captures by reference, still the object.
    out += [s] { return [s] { return s + "^"; }(); }();
    out += [&] { return [s] { return s + "~"; }(); }();
    out += [=] { return [&s] { return s + "!"; }(); }();
    out += [&s] { return [=] { return s + "?"; }(); }();
    // Generic lambdas.
    out += [s](auto suffix) { return s + suffix; }(std::string("#"));
    out += [&](auto suffix) { return [s] { return s; }() + suffix; }('%');
    out += [t = s] { return t + "/"; }();
    out += " ";
  }
  co_return out;
}

ASL_ASYNC asl::Task<void> counts(std::vector<int> counts) {
  for (std::size_t i = 0; i < counts.size(); ++i) {
    const int &count = counts[i];
    int &slot = counts[i];
    co_await tick();
    auto empty = [&count] { return count == 0; };
    auto none = [count] { return !count; };
    auto next = [count] { return count + 1; };
    auto implicit = [=] { return count * 2; };
    std::printf("%d %d %d %d | ", empty(), none(), next(), implicit());
    // A copy does not see a later change; a reference does.
    auto copy = [slot] { return slot; };
    auto ref = [&slot] { return slot; };
    [&slot] { slot += 10; }();
    std::printf("%d %d %d | ", copy(), ref(), counts[i]);
  }
  std::printf("\n");
}

ASL_ASYNC asl::Task<void> bindings_and_temporaries() {
  std::pair<std::string, int> pair{"key", 7};
  auto &[k, v] = pair;
  const std::string &made = make_text();
  const Base &base = make_derived();
  co_await tick();
  auto keys = [k, &v] { return k + "=" + std::to_string(v); };
  v = 8;
  auto copies = [made, base] { return made + "," + base.name; };
  auto refs = [&made, &base] { return made.size() + base.name.size(); };
  auto implicit = [=] { return made + base.name + k; };
  std::printf("%s %s %zu %s\n", keys().c_str(), copies().c_str(), refs(),
              implicit().c_str());
}

// Kept across an await, and a coroutine lambda.
ASL_ASYNC asl::Task<void> kept(std::vector<std::string> words) {
  const std::string &first = words.front();
  co_await tick();
  auto copy = [first] { return first; };
  auto ref = [&first] { return first.size(); };
  auto later = [first]() -> asl::Task<std::string> {
    co_await tick();
    co_return first + "!";
  };
  co_await tick();
  words.front() = "changed";
  std::string result = co_await later();
  std::printf("%s %zu %s\n", copy().c_str(), ref(), result.c_str());
}

int main() {
  std::printf("%s\n", asl::sync_wait(strings({"book", "pay"})).c_str());
  asl::sync_wait(counts({0, 3}));
  asl::sync_wait(bindings_and_temporaries());
  asl::sync_wait(kept({"first", "second"}));
}
