// An await that is the whole pattern of a pack expansion among a call's
// arguments or a braced list's elements: `total(co_await h(xs)...)` is one
// await for each element, in order (clang's left to right for arguments,
// the list's order for braces), each a suspension point of the
// specialization's machine. The awaits before the last are saved as the
// arguments around them are (folds: async_function_template_fold_awaits.cpp).
#include <asl/task.h>

#include <cstdio>
#include <string>
#include <tuple>
#include <utility>

asl::Event ready;

ASL_ASYNC asl::Task<int> h(int x) {
  std::printf("  start h(%d)\n", x);
  co_await ready;
  std::printf("  end h(%d)\n", x);
  co_return x;
}

ASL_ASYNC asl::Task<std::string> word(std::string w) {
  co_await ready;
  co_return w + "!";
}

template <class... Ns> int total(Ns... ns) { return (0 + ... + ns); }

int note(int x) {
  std::printf("  note %d\n", x);
  return x;
}

// One await for each argument.
template <class... Ts> ASL_ASYNC asl::Task<int> each(Ts... xs) {
  co_return total(co_await h(xs)...);
}

// Arguments evaluated before and after them.
template <class... Ts> ASL_ASYNC asl::Task<int> mixed(Ts... xs) {
  co_return total(note(1), co_await h(xs)..., note(2));
}

// A braced list, left to right, and class results moved into place.
template <class... Ts> ASL_ASYNC asl::Task<std::string> listed(Ts... xs) {
  std::tuple<Ts...> all{co_await word(xs)...};
  std::string out;
  std::apply([&](const auto &...s) { ((out += s), ...); }, all);
  co_return out;
}

// An aggregate kept across an await, from a braced list of awaits: built
// whole from the saved values (not member by member).
struct Trio {
  int a, b, c;
};
template <class... Ts> ASL_ASYNC asl::Task<int> aggregate(Ts... xs) {
  Trio t{co_await h(xs)...};
  co_await ready;
  co_return t.a * 100 + t.b * 10 + t.c;
}

ASL_ASYNC asl::Task<int> run() {
  std::printf("each:\n");
  int a = co_await each(1, 2, 3);
  int a0 = co_await each();
  std::printf("each %d, %d\nmixed:\n", a, a0);
  int b = co_await mixed(10, 20);
  std::printf("mixed %d\nlisted:\n", b);
  std::string l =
      co_await listed(std::string("a"), std::string("b"), std::string("c"));
  std::printf("listed %s\naggregate:\n", l.c_str());
  int t = co_await aggregate(1, 2, 3);
  std::printf("aggregate %d\n", t);
  co_return a + b + t;
}

int main() {
  asl::Task<int> task = run();
  std::printf("suspended: %d\n", !task.is_ready());
  ready.set();
  std::printf("result %d\n", asl::sync_wait(std::move(task)));
}
