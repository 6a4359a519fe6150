// Finding: lowered output does not compile with g++ (clang++-19 accepts
// it). A two-dimensional char array initialized from string literals that
// lives across an await,
//   char names[2][4] = {"ab", "c"};
// is built in its field with a placement array new,
//   ::new (asl::place(names)) char[2][4]{"ab", "c"};
// which g++ 12 rejects: "array must be initialized with a brace-enclosed
// initializer" (g++ does not accept a string literal for a char subarray in
// a new-initializer). Natively: result 99 ('c').
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <utility>
#include <vector>

static std::vector<std::function<void()>> later;
struct Hold {
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    later.push_back([h] { h.resume(); });
  }
  void await_resume() const noexcept {}
};

ASL_ASYNC asl::Task<int> f() {
  char names[2][4] = {"ab", "c"};
  co_await Hold{};
  co_return names[1][0];
}

int main() {
  auto t = f();
  for (auto &w : later)
    w();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
