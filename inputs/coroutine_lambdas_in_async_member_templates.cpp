// More coroutine lambdas directly in async templates: one capturing
// `*this` in a member of a class template, one in an async member template
// of a class template, one in a template with a non-type parameter that
// captures a reference parameter and is called in a loop, with an explicit
// instantiation definition; each instantiated with int and std::string
// (inputs/coroutine_lambdas_in_async_templates.cpp has the others).
#include <asl/event.h>
#include <asl/task.h>

#include <cstdio>
#include <deque>
#include <string>
#include <utility>

// pause(tag) prints, then suspends on an event that pump() sets (FIFO).
static std::deque<asl::Event *> waiting;
void pump() {
  while (!waiting.empty()) {
    asl::Event *e = waiting.front();
    waiting.pop_front();
    e->set();
  }
}
ASL_ASYNC asl::Task<void> pause(const char *tag) {
  std::printf("  pause %s\n", tag);
  asl::Event e;
  waiting.push_back(&e);
  co_await e;
}
template <class R> R drive(asl::Task<R> t) {
  pump();
  return asl::sync_wait(std::move(t));
}
std::string show(int v) { return std::to_string(v); }
std::string show(const std::string &s) { return "'" + s + "'"; }

template <class T> struct Box {
  T value;
  // [*this], and a member template of a class template.
  ASL_ASYNC asl::Task<T> snapshot() {
    auto copy = [*this]() -> asl::Task<T> {
      co_await pause("snapshot");
      co_return value;
    };
    value = value + value;
    co_return co_await copy();
  }
  template <class U> ASL_ASYNC asl::Task<T> add(U extra) {
    auto plus = [this, extra](int times) -> asl::Task<T> {
      co_await pause("add");
      for (int i = 0; i < times; ++i)
        value = value + T(extra);
      co_return value;
    };
    co_await plus(1);
    co_return co_await plus(2);
  }
};

// A non-type parameter; a loop; a reference parameter captured.
template <int N, class T> ASL_ASYNC asl::Task<T> repeat(T &out) {
  auto once = [&out](int i) -> asl::Task<int> {
    co_await pause("once");
    out = out + out;
    co_return i * N;
  };
  int sum = 0;
  for (int i = 0; i < 3; ++i)
    sum += co_await once(i);
  std::printf("  repeat sum=%d\n", sum);
  co_return out;
}

template ASL_ASYNC asl::Task<long> repeat<5, long>(long &);

int main() {
  Box<int> b{3};
  std::printf("snapshot %s\n", show(drive(b.snapshot())).c_str());
  Box<std::string> s{"s"};
  std::printf("snapshot %s\n", show(drive(s.snapshot())).c_str());
  std::printf("add %s\n", show(drive(b.add(1L))).c_str());
  std::printf("add %s\n", show(drive(s.add("t"))).c_str());
  int i = 1;
  std::printf("repeat %s\n", show(drive(repeat<2>(i))).c_str());
  std::string w = "w";
  std::printf("repeat %s\n", show(drive(repeat<3>(w))).c_str());
  long l = 1;
  std::printf("repeat %ld\n", drive(repeat<5, long>(l)));
}
