// h28: a small stack VM: a switch on opcodes inside a while loop with
// awaits in cases (I/O ops), try inside the loop catching a VM fault and
// continuing at a handler address, a vector<int> stack kept across awaits,
// references into it, and a nested call frame via async recursion.
#include <asl/task.h>

#include <cstdio>
#include <deque>
#include <functional>
#include <utility>

// Our own scheduler: suspended awaits queue here, drain() resumes them
// in order, on this thread (deterministic output).
static std::deque<std::function<void()>> g_queue;
[[maybe_unused]] static void drain() {
  while (!g_queue.empty()) {
    auto f = std::move(g_queue.front());
    g_queue.pop_front();
    f();
  }
}
// later(v): suspends once, then yields v.
template <class T> struct Later {
  T val;
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    g_queue.push_back([h]() mutable { h.resume(); });
  }
  T await_resume() { return std::move(val); }
};
template <class T> [[maybe_unused]] static Later<T> later(T v) {
  return Later<T>{std::move(v)};
}
// tick(): suspends once, yields nothing.
struct Tick {
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    g_queue.push_back([h]() mutable { h.resume(); });
  }
  void await_resume() const noexcept {}
};
[[maybe_unused]] static Tick tick() { return {}; }
// A guard whose constructor and destructor print.
struct Guard {
  const char *name;
  explicit Guard(const char *n) : name(n) { std::printf("  [%s\n", name); }
  Guard(const Guard &) = delete;
  Guard &operator=(const Guard &) = delete;
  ~Guard() { std::printf("  %s]\n", name); }
};
#include <stdexcept>
#include <string>
#include <vector>

enum Op { Push, Add, Mul, Print, Read, Div, Call, Ret, Jz, Halt };
struct Ins {
  Op op;
  int arg;
};

struct VmFault : std::runtime_error {
  using std::runtime_error::runtime_error;
};

class Vm {
public:
  explicit Vm(std::vector<int> input) : input_(std::move(input)) {}
  ASL_ASYNC asl::Task<int> run(const std::vector<Ins> &prog, int pc,
                               int depth) {
    std::vector<int> st;
    while (pc < static_cast<int>(prog.size())) {
      const Ins &in = prog[static_cast<std::size_t>(pc++)];
      try {
        switch (in.op) {
        case Push:
          st.push_back(in.arg);
          break;
        case Add:
        case Mul: {
          int b = pop(st), a = pop(st);
          st.push_back(in.op == Add ? a + b : a * b);
          break;
        }
        case Div: {
          int b = pop(st), a = pop(st);
          co_await tick();
          if (b == 0)
            throw VmFault("divide by zero");
          st.push_back(a / b);
          break;
        }
        case Print:
          co_await tick();
          std::printf("  %*sout %d\n", depth * 2, "", st.back());
          break;
        case Read:
          st.push_back(co_await read());
          break;
        case Call:
          st.push_back(co_await run(prog, in.arg, depth + 1));
          break;
        case Ret:
          co_return st.empty() ? 0 : st.back();
        case Jz:
          if (pop(st) == 0)
            pc = in.arg;
          break;
        case Halt:
          co_return -1;
        }
      } catch (const VmFault &f) {
        std::printf("  %*sfault: %s\n", depth * 2, "", f.what());
        st.clear();
        st.push_back(0);
      }
    }
    co_return st.empty() ? 0 : st.back();
  }

private:
  static int pop(std::vector<int> &st) {
    if (st.empty())
      throw VmFault("stack underflow");
    int v = st.back();
    st.pop_back();
    return v;
  }
  ASL_ASYNC asl::Task<int> read() {
    co_await tick();
    if (next_ >= input_.size())
      throw VmFault("end of input");
    co_return input_[next_++];
  }
  std::vector<int> input_;
  std::size_t next_ = 0;
};

int main() {
  std::vector<Ins> prog{
      {Read, 0}, {Read, 0},  {Add, 0},  {Print, 0}, {Call, 10},
      {Mul, 0},  {Print, 0}, {Read, 0}, {Div, 0},   {Halt, 0},
      {Push, 6}, {Read, 0},  {Jz, 15},  {Print, 0}, {Ret, 0},
      {Push, 0}, {Div, 0},   {Print, 0}, {Ret, 0}};
  Vm vm({2, 3, 1});
  auto t = vm.run(prog, 0, 0);
  drain();
  std::printf("vm %d\n", asl::sync_wait(std::move(t)));
  Vm vm2({4, 5, 0, 0});
  auto t2 = vm2.run(prog, 0, 0);
  drain();
  std::printf("vm2 %d\n", asl::sync_wait(std::move(t2)));
}
