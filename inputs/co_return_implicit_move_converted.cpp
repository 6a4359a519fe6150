// Checks C++20's implicit move in co_return when the returned local or
// by-value parameter is then converted to the result type: a Trace into a
// std::optional<Trace>, a unique_ptr<Derived> into a unique_ptr<Base>, a
// name in parentheses, an rvalue reference local, in a function template;
// and the cases that copy: an lvalue reference to a global, a member. Each
// copy and move prints, so a copy where natively the value moves (or a move
// where it is copied) shows in the output.
#include <asl/event.h>
#include <asl/task.h>

#include <cstdio>
#include <memory>
#include <optional>
#include <string>

struct Trace {
  std::string name;
  explicit Trace(std::string n) : name(std::move(n)) {}
  Trace(const Trace &o) : name(o.name + "'") {
    std::printf("  copy %s\n", name.c_str());
  }
  Trace(Trace &&o) noexcept : name(std::move(o.name)) {
    std::printf("  move %s\n", name.c_str());
  }
};

// Takes a Trace by value: the conversion itself copies or moves.
struct Label {
  std::string text;
  Label(Trace t) : text("label " + t.name) {}
};

struct Base {
  virtual ~Base() = default;
  virtual const char *kind() const { return "base"; }
};
struct Derived : Base {
  const char *kind() const override { return "derived"; }
};

Trace global_trace("global");

ASL_ASYNC asl::Task<std::optional<Trace>> lifted_local(asl::Event &ready) {
  Trace t("lifted");
  co_await ready;
  co_return t;
}

ASL_ASYNC asl::Task<std::optional<Trace>> parameter(asl::Event &ready,
                                                    Trace t) {
  co_await ready;
  co_return (t);
}

ASL_ASYNC asl::Task<std::optional<Trace>> after_await(asl::Event &ready) {
  co_await ready;
  Trace t("after");
  co_return t;
}

ASL_ASYNC asl::Task<Label> by_value_conversion(asl::Event &ready) {
  Trace t("converted");
  co_await ready;
  co_return t;
}

ASL_ASYNC asl::Task<std::unique_ptr<Base>> factory(asl::Event &ready) {
  auto made = std::make_unique<Derived>();
  co_await ready;
  co_return made;
}

ASL_ASYNC asl::Task<std::optional<Trace>> rvalue_reference(asl::Event &ready) {
  Trace &&t = Trace("rref");
  co_await ready;
  co_return t;
}

ASL_ASYNC asl::Task<std::optional<Trace>> lvalue_reference(asl::Event &ready) {
  Trace &t = global_trace;
  co_await ready;
  co_return t;
}

template <class T>
ASL_ASYNC asl::Task<std::optional<T>> in_template(asl::Event &ready, T t) {
  co_await ready;
  co_return t;
}

struct Holder {
  Trace member{"member"};
  ASL_ASYNC asl::Task<std::optional<Trace>> get(asl::Event &ready) {
    co_await ready;
    co_return member;
  }
};

int main() {
  asl::Event ready;
  Holder holder;
  std::puts("start");
  auto a = lifted_local(ready);
  auto b = parameter(ready, Trace("param"));
  auto c = after_await(ready);
  auto d = by_value_conversion(ready);
  auto e = factory(ready);
  auto f = rvalue_reference(ready);
  auto g = lvalue_reference(ready);
  auto h = in_template(ready, Trace("template"));
  auto i = holder.get(ready);
  std::puts("set");
  ready.set();
  std::printf("%s\n", asl::sync_wait(std::move(a))->name.c_str());
  std::printf("%s\n", asl::sync_wait(std::move(b))->name.c_str());
  std::printf("%s\n", asl::sync_wait(std::move(c))->name.c_str());
  std::printf("%s\n", asl::sync_wait(std::move(d)).text.c_str());
  std::printf("%s\n", asl::sync_wait(std::move(e))->kind());
  std::printf("%s\n", asl::sync_wait(std::move(f))->name.c_str());
  std::printf("%s\n", asl::sync_wait(std::move(g))->name.c_str());
  std::printf("%s\n", asl::sync_wait(std::move(h))->name.c_str());
  std::printf("%s\n", asl::sync_wait(std::move(i))->name.c_str());
}
