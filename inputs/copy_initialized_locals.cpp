// Checks copy-initialized locals that live across an await, of a class with
// an implicit constructor and an explicit one (a guard against bool
// conversions): `Json j = true;`, from an await, a range-for variable, a
// condition variable, a reference extending a converted temporary; and of a
// class whose source type has a conversion function. Copy-initialization
// ignores explicit constructors; T(e) would not, so the field is built by
// `::new (p) asl::copy_initialized<T>{e}`, which copy-initializes it. (Found
// by probe3: the explicit constructors were chosen, silently.)
#include <asl/task.h>
#include <cstdio>

struct Json {
  Json(double d) : is_bool(false), num(d) {
    std::printf("Json(double %g)\n", d);
  }
  explicit Json(bool b) : is_bool(true), num(b) {
    std::printf("explicit Json(bool %d)\n", (int)b);
  }
  bool is_bool;
  double num;
};

ASL_ASYNC asl::Task<bool> flag() { co_return true; }

ASL_ASYNC asl::Task<int> run() {
  Json j = true;
  Json k = co_await flag();
  co_await flag();
  std::printf("%s %s\n", j.is_bool ? "bool" : "number",
              k.is_bool ? "bool" : "number");
  bool bools[2] = {true, false};
  for (Json x : bools) {
    co_await flag();
    std::printf("range-for %s\n", x.is_bool ? "bool" : "number");
  }
  const Json &r = true;
  const Json &p(true); // the temporary is copy-initialized too
  if (Json c = co_await flag(); !c.is_bool) {
    co_await flag();
    std::printf("cond %s, refs %s %s\n", c.is_bool ? "bool" : "number",
                r.is_bool ? "bool" : "number", p.is_bool ? "bool" : "number");
  }
  co_return 0;
}

struct Str;
struct Src {
  operator Str() const;
};
struct Str {
  int how;
  Str(int h) : how(h) {}
  explicit Str(const Src &) : how(2) {}
};
Src::operator Str() const { return Str(1); }

ASL_ASYNC asl::Task<Src> src() { co_return Src{}; }

ASL_ASYNC asl::Task<int> convert() {
  Src s;
  Str a = s;
  Str b = co_await src();
  co_await src();
  std::printf("a by %s, b by %s\n",
              a.how == 1 ? "conversion function" : "explicit ctor",
              b.how == 1 ? "conversion function" : "explicit ctor");
  co_return 0;
}

int main() { return asl::sync_wait(run()) + asl::sync_wait(convert()); }
