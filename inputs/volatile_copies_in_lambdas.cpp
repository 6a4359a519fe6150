// Lambdas that copy a `volatile` object the machine keeps: a volatile
// local, a `const volatile` one, the object of a reference to volatile,
// captured explicitly or by `[=]`, in a mutable lambda and in one that is
// not, in a lambda inside another, in one whose copy is made before an
// await of a later init-capture, and in a lambda the machine keeps across
// an await (made by its factory, whose parameters keep volatile). Natively
// such a member is volatile, so an overload on volatile picks `volatile
// int &` (`const volatile int &` where the lambda is not mutable). The
// output copies these in init-captures (`[v = v]`, `[r = (*r)]`, `[v =
// std::move(copy_v_)]`), whose types have no volatile; each use is
// written `asl::as_volatile(v)`. Before, the overloads without volatile
// ran.
#include <asl/task.h>

#include <cstdio>

asl::Event ready;

const char *see(int &) { return "int"; }
const char *see(const int &) { return "const int"; }
const char *see(volatile int &) { return "volatile int"; }
const char *see(const volatile int &) { return "const volatile int"; }

ASL_ASYNC asl::Task<int> number() { co_return 5; }

ASL_ASYNC asl::Task<int> run() {
  volatile int v = 1;
  const volatile int cv = 2;
  volatile int &r = v;
  co_await ready;
  int copied = 0;
  {
    auto m = [v, cv, r]() mutable {
      std::printf("mutable: %s, %s, %s\n", see(v), see(cv), see(r));
      v = v + 10;
      return v + 0;
    };
    auto n = [v, cv] { std::printf("const: %s, %s\n", see(v), see(cv)); };
    auto d = [=] { std::printf("[=]: %s, %s\n", see(v), see(r)); };
    auto dm = [=]() mutable { std::printf("[=] mutable: %s\n", see(v)); };
    auto outer = [v]() mutable {
      return [&v] { std::printf("inner by reference: %s\n", see(v)); };
    };
    copied = m();
    n();
    d();
    dm();
    outer()();
  }
  // The copy of v is made before the init-capture's await.
  int k = [v, w = co_await number()]() mutable {
    std::printf("copied before an await: %s\n", see(v));
    return w;
  }();
  auto kept = [v, cv]() mutable {
    std::printf("kept: %s, %s\n", see(v), see(cv));
  };
  co_await ready;
  kept();
  std::printf("v %d copied %d k %d\n", v + 0, copied, k);
  co_return v + copied;
}

int main() {
  asl::Task<int> task = run();
  ready.set();
  std::printf("result %d\n", asl::sync_wait(std::move(task)));
}
