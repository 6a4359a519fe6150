// Finding (silent wrong output): `co_return t;` of a local or by-value
// parameter whose type is not the task's result type but converts to it
// (`Tr t` into an `asl::Task<std::optional<Tr>>`). C++20 treats the operand
// as an rvalue first (implicit move, [class.copy.elision]/3 covers
// co_return), so natively optional<Tr>(Tr &&) moves it. The lowering
// writes `builder_.set_result(t);`, an lvalue, and copies: it prints
// "copy t'" / "copy p'" and returns "t'" / "p'". When the types are the same
// it writes `set_result(std::move(t))`, as it should. The same with a
// move-only type does not compile
// (co_return_converting_move_only_local_does_not_compile.cpp).
// Expected output: "t" "p".
#include <asl/event.h>
#include <asl/task.h>

#include <cstdio>
#include <memory>
#include <optional>
#include <string>

struct Base {
  virtual ~Base() = default;
  virtual int id() const { return 1; }
};
struct Derived : Base {
  int id() const override { return 2; }
};
struct Tr {
  std::string n;
  explicit Tr(std::string s) : n(std::move(s)) {}
  Tr(const Tr &o) : n(o.n + "'") { std::printf("copy %s\n", n.c_str()); }
  Tr(Tr &&o) noexcept : n(std::move(o.n)) {}
};

ASL_ASYNC asl::Task<std::optional<Tr>> opt(asl::Event &e) {
  Tr t("t");
  co_await e;
  co_return t;
}
ASL_ASYNC asl::Task<std::optional<Tr>> param(asl::Event &e, Tr t) {
  co_await e;
  co_return t;
}

int main() {
  asl::Event e;
  auto c = opt(e);
  auto d = param(e, Tr("p"));
  e.set();
  std::printf("%s\n", asl::sync_wait(std::move(c))->n.c_str());
  std::printf("%s\n", asl::sync_wait(std::move(d))->n.c_str());
}
