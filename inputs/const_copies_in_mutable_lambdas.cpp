// Mutable lambdas that copy a const object the machine keeps: a const
// local, the object of a reference to const, a const structured binding,
// a const parameter, captured explicitly (`[s]`, `[r, &t]`) or by `[=]`,
// and `*this` in a const member function. Natively such a member is const:
// `std::move(s)` copies it (a second call sees it again) and an overload
// on const picks `const std::string &`. The output copies these in
// init-captures (`[s = s]`, `[r = (*r)]`, `[s = std::move(copy_s_)]`
// before an await of a later init-capture, `[this_copy_ = *this_]`), whose
// types have no const; before, the moves emptied the copies and the
// overloads picked `std::string &`. Also: lambdas inside the mutable one
// (by reference, by copy), a mutable lambda inside one that is not,
// decltype, `&s`, a macro, a generic lambda, a template with a pack,
// lambdas the machine keeps across an await, a lambda inside a coroutine
// lambda, and lambdas that are not mutable (const already).
#include <asl/task.h>

#include <cstdio>
#include <string>
#include <utility>
#include <vector>

ASL_ASYNC asl::Task<void> tick() { co_return; }
ASL_ASYNC asl::Task<int> number() { co_return 4; }

const char *kind(const std::string &) { return "c"; }
const char *kind(std::string &) { return "m"; }

#define TAKE(x) std::move(x)

// What a call made of its copy: the text moved out, and the overload.
std::string took(std::string moved, const char *overload) {
  return "[" + moved + " " + overload + "]";
}

ASL_ASYNC asl::Task<void> locals(const std::string p,
                                 std::vector<std::string> v) {
  const std::string s = "s";
  const std::string &r = v.front();
  const auto [a, b] = std::pair<std::string, std::string>("a", "b");
  co_await tick();
  {
    auto one = [s]() mutable { return took(std::move(s), kind(s)); };
    auto two = [r, &s]() mutable {
      return took(std::move(r), kind(r)) + kind(s);
    };
    auto all = [=]() mutable {
      return took(std::move(s) + std::move(r), kind(s)) + kind(r) + kind(a) +
             kind(p);
    };
    auto parts = [a, p]() mutable {
      std::string moved = std::move(a);
      moved += std::move(p);
      return took(moved, kind(a)) + kind(p);
    };
    for (int call = 0; call < 2; ++call)
      std::printf("%s %s %s %s\n", one().c_str(), two().c_str(),
                  all().c_str(), parts().c_str());
  }
  {
    // Lambdas inside the mutable one name its member; a mutable one
    // inside one that is not has a member of its own.
    auto inner = [s]() mutable {
      return [&s] { return kind(s); }() +
             [s]() mutable { return took(std::move(s), kind(s)); }();
    };
    auto outer = [s] {
      return [s]() mutable { return took(TAKE(s), kind(s)); }();
    };
    auto by_ref = [&s] { return [s]() mutable { return kind(s); }(); };
    // decltype(s) is the local's type; (s) and &s name the const member.
    auto types = [s]() mutable {
      decltype(s) x = s;
      decltype((s)) y = s;
      return kind(x) + std::string(kind(y)) + kind(*&s) +
             std::to_string(sizeof(s) == sizeof(std::string));
    };
    auto generic = [s](auto suffix) mutable {
      return took(std::move(s), kind(s)) + suffix;
    };
    auto plain = [s, r] { return std::string(kind(s)) + kind(r); };
    for (int call = 0; call < 2; ++call)
      std::printf("%s %s %s %s %s %s\n", inner().c_str(), outer().c_str(),
                  by_ref(), types().c_str(), generic("!").c_str(),
                  plain().c_str());
  }
  co_await tick();
  std::printf("%s %s %s %s\n", s.c_str(), r.c_str(), a.c_str(), p.c_str());
}

// Copied before an await of a later init-capture, and kept across awaits.
ASL_ASYNC asl::Task<void> early_and_kept() {
  const std::string s = "e";
  co_await tick();
  {
    auto early = [s, n = co_await number()]() mutable {
      return took(std::move(s), kind(s)) + std::to_string(n);
    };
    std::printf("%s ", early().c_str());
    std::printf("%s\n", early().c_str());
  }
  auto kept = [s]() mutable { return took(std::move(s), kind(s)); };
  auto kept_early = [s, n = co_await number()]() mutable {
    return took(std::move(s), kind(s)) + std::to_string(n);
  };
  co_await tick();
  for (int call = 0; call < 2; ++call)
    std::printf("%s %s\n", kept().c_str(), kept_early().c_str());
  // A lambda inside a coroutine lambda copies the coroutine lambda's copy.
  auto coroutine = [s]() -> asl::Task<std::string> {
    co_await tick();
    auto inside = [s]() mutable { return took(std::move(s), kind(s)); };
    std::string first = inside();
    co_return first + inside();
  };
  std::printf("%s\n", (co_await coroutine()).c_str());
}

// In a template, beside a pack the lambda copies too.
template <class... Ts>
ASL_ASYNC asl::Task<void> packed(Ts... xs) {
  const std::string s = "t";
  co_await tick();
  {
    auto each = [s, xs...]() mutable {
      return ((std::string(kind(s)) + xs) + ...) + took(std::move(s), "");
    };
    std::printf("%s ", each().c_str());
    std::printf("%s\n", each().c_str());
  }
  co_await tick();
  std::printf("%s\n", s.c_str());
}

struct Named {
  std::string name = "n";
  const char *which() const { return "c"; }
  const char *which() { return "m"; }
  ASL_ASYNC asl::Task<void> show() const;
};

// `*this` copied in a const member function is a const object.
asl::Task<void> Named::show() const {
  co_await tick();
  {
    auto copy = [*this]() mutable {
      return which() + std::string(this->which()) + kind(name);
    };
    auto early = [*this, n = co_await number()]() mutable {
      return which() + std::string(kind(name)) + std::to_string(n) +
             [&] { return kind(name); }();
    };
    std::printf("%s %s\n", copy().c_str(), early().c_str());
  }
  auto kept = [*this]() mutable { return which() + std::string(kind(name)); };
  auto kept_early = [*this, n = co_await number()]() mutable {
    return which() + std::string(kind(name)) + std::to_string(n);
  };
  co_await tick();
  std::printf("%s %s\n", kept().c_str(), kept_early().c_str());
}

int main() {
  asl::sync_wait(locals("p", {"r"}));
  asl::sync_wait(early_and_kept());
  asl::sync_wait(packed(std::string("x"), std::string("y")));
  Named named;
  asl::sync_wait(named.show());
}
