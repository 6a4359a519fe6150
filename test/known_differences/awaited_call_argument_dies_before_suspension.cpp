// An argument passed by value to an awaited call is destroyed, in the
// lowered build, when the statement that starts the call ends, before the
// caller suspends: a parameter object exists only inside the call that
// creates it, and C++17 cannot keep it alive across the await. Natively
// (Itanium ABI) the caller destroys it at the end of the full-expression,
// after the resumption, and so after the task's own objects.
// Expected (native): "drop param#1 (moved-from)" after "drop param#2
// (moved-from)", once the result is taken.
// Got (lowered, g++ and clang++-19): "drop param#1 (moved-from)" right
// after "make local#3", as the caller suspends.
#include <asl/task.h>

#include <cstdio>
#include <utility>

int serial = 0;

struct N {
  const char *name;
  int id = ++serial;
  bool moved = false;
  explicit N(const char *n) : name(n) {
    std::printf("make %s#%d\n", name, id);
  }
  N(N &&o) noexcept : name(o.name) {
    o.moved = true;
    std::printf("move %s#%d from #%d\n", name, id, o.id);
  }
  ~N() {
    std::printf("drop %s#%d%s\n", name, id, moved ? " (moved-from)" : "");
  }
};

asl::Event gate;

ASL_ASYNC asl::Task<N> echo(N p) {
  N loc("local");
  co_await gate;
  co_return p;
}

ASL_ASYNC asl::Task<int> caller() {
  N r = co_await echo(N("param"));
  std::printf("got %s#%d\n", r.name, r.id);
  co_return 0;
}

int main() {
  asl::Task<int> t = caller();
  gate.set();
  return asl::sync_wait(std::move(t));
}
