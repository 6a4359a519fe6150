// A lambda whose closure is a base of a visitor kept across an await is
// made by a function of the lowering (C++17 names a closure type only as
// what a function returns), whose result, a trivially copyable closure of
// at most 16 bytes, may be returned in registers and copied into the
// visitor. Its init-capture's constructor records the capture's address,
// which would be the function's frame; natively the capture is built in
// the visitor. C++17 cannot build it there; refused, the message naming
// the class (probe13 finding 4).
#include <asl/task.h>

asl::Event ready;

struct Sensor {
  int v;
  Sensor(int x) : v(x) { last = this; }
  static Sensor *last;
};
Sensor *Sensor::last = nullptr;

template <class... Fs> struct overloaded : Fs... {
  using Fs::operator()...;
};
template <class... Fs> overloaded(Fs...) -> overloaded<Fs...>;

ASL_ASYNC asl::Task<int> run() {
  auto visitor = overloaded{[s = Sensor(1)](int) { return s.v; },
                            [](char) { return 0; }};
  co_await ready;
  co_return visitor(1);
}
// expect-error: 26:30: error: an init-capture built by a constructor of
//   'Sensor', which may keep its address, in a lambda that a value kept
//   across a co_await holds as a part, or that the machine makes and passes
//   on; the machine makes the closure in a function, whose result is
//   copied, so the address kept would not be the capture's; not supported
