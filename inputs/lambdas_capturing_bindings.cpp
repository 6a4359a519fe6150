// Lambdas that capture structured bindings (C++20) and are kept across an
// await: bindings of a struct, of a pair and a tuple (tuple-like: each
// binding is a reference into the hidden object, one of reference type),
// of an array and through `auto &`, captured by copy and by reference,
// explicitly, by `[=]` and `[&]`, and named by an init-capture; a
// bit-field's binding by copy. The tracer prints each copy and move, so
// the closure copies each binding exactly once, as natively, and a
// capture by reference sees later changes to the hidden object; each
// function first suspends after the capture (Hold), so the machine stays
// where the captured references point.
#include <asl/task.h>

#include <cstdio>
#include <deque>
#include <functional>
#include <string>
#include <tuple>
#include <utility>

asl::Event ready(true);

// Hold suspends; pump() resumes the suspended tasks in order.
std::deque<std::function<void()>> parked;
struct Hold {
  bool await_ready() const noexcept { return false; }
  template <class Handle> void await_suspend(Handle h) {
    parked.push_back([h] { h.resume(); });
  }
  void await_resume() const noexcept {}
};
void pump() {
  while (!parked.empty()) {
    auto resume = std::move(parked.front());
    parked.pop_front();
    resume();
  }
}

template <class T> T run(asl::Task<T> task) {
  pump();
  return asl::sync_wait(std::move(task));
}

struct Tracer {
  std::string name;
  explicit Tracer(const char *n) : name(n) {}
  Tracer(const Tracer &other) : name(other.name + "+c") {
    std::printf("  copy %s\n", other.name.c_str());
  }
  Tracer(Tracer &&other) noexcept : name(std::move(other.name) + "+m") {
    std::printf("  move %s\n", name.c_str());
  }
  ~Tracer() { std::printf("  ~%s\n", name.c_str()); }
};

struct Entry {
  Tracer tracer;
  int count;
};

struct Flags {
  unsigned low : 4;
  unsigned high : 4;
};

ASL_ASYNC asl::Task<std::pair<int, std::string>> entry() {
  co_await ready;
  co_return std::pair<int, std::string>{3, "three"};
}

ASL_ASYNC asl::Task<Entry> make_entry() {
  co_await ready;
  co_return Entry{Tracer("e"), 7};
}

// The shape of the issue: a pair's bindings, one by copy, one by reference.
ASL_ASYNC asl::Task<int> pair_bindings() {
  auto [k, v] = co_await entry();
  auto show = [k, &v] { std::printf("  %d=%s\n", k, v.c_str()); };
  v += "!";
  co_await Hold{};
  show();
  co_return k;
}

// A struct's bindings: the member by copy (one copy), the int by reference.
ASL_ASYNC asl::Task<int> struct_bindings() {
  auto [tracer, count] = co_await make_entry();
  std::printf(" made\n");
  auto read = [tracer, &count] {
    std::printf("  %s %d\n", tracer.name.c_str(), count);
    return count;
  };
  std::printf(" captured\n");
  count += 1;
  co_await Hold{};
  int result = read();
  co_return result;
}

// A tuple with a reference element and a tracer, bound by `auto &`: all
// captured by [=], then by [&].
ASL_ASYNC asl::Task<int> tuple_bindings() {
  int outside = 10;
  std::tuple<int &, Tracer> both{outside, Tracer("t")};
  auto &[ref, held] = both;
  auto copied = [=] {
    std::printf("  copied %d %s\n", ref, held.name.c_str());
    return ref;
  };
  auto shared = [&] {
    std::printf("  shared %d %s\n", ref, held.name.c_str());
    return ref;
  };
  outside = 20;
  held.name += "!";
  co_await Hold{};
  co_return copied() + shared();
}

// An array's bindings (a copy of the array), and an init-capture naming one.
ASL_ASYNC asl::Task<int> array_bindings() {
  Tracer pair[2] = {Tracer("a"), Tracer("b")};
  auto [first, second] = pair;
  std::printf(" bound\n");
  auto join = [first, &second, size = first.name.size()] {
    std::printf("  %s %s %zu\n", first.name.c_str(), second.name.c_str(),
                size);
    return static_cast<int>(size);
  };
  second.name += "!";
  co_await Hold{};
  co_return join();
}

// A bit-field's binding, by copy; a const binding by copy and by reference.
ASL_ASYNC asl::Task<int> bit_field_bindings() {
  Flags flags{3, 5};
  auto [low, high] = flags;
  const auto [x, y] = std::pair<int, int>{1, 2};
  auto sum = [low, high, x, &y] {
    return static_cast<int>(low + high) + x + y;
  };
  co_await Hold{};
  co_return sum();
}

int main() {
  std::printf("pair %d\n", run(pair_bindings()));
  std::printf("struct %d\n", run(struct_bindings()));
  std::printf("tuple %d\n", run(tuple_bindings()));
  std::printf("array %d\n", run(array_bindings()));
  std::printf("bits %d\n", run(bit_field_bindings()));
}
