// Checks coroutine lambdas inside async members of a class template whose
// init-captures name the object: `[self = this]`, a member by value
// (`mutable` and not) and by reference, a copy of `*this`, a call to a
// member function, generic and not, and nested two deep, in two
// specializations; tracers show each copy and when each object dies.
#include <asl/task.h>

#include <cstdio>
#include <memory>
#include <string>

asl::Event ev;

struct Tracer {
  std::string name;
  explicit Tracer(std::string n) : name(std::move(n)) {
    std::printf("  make %s\n", name.c_str());
  }
  Tracer(const Tracer &o) : name(o.name + "'") {
    std::printf("  copy %s\n", name.c_str());
  }
  ~Tracer() { std::printf("  drop %s\n", name.c_str()); }
};

template <class T> struct Meter : std::enable_shared_from_this<Meter<T>> {
  T level;
  Tracer tag_;

  Meter(T l, const char *name) : level(l), tag_(name) {}
  Meter(const Meter &o)
      : std::enable_shared_from_this<Meter<T>>(), level(o.level),
        tag_(o.tag_) {}
  ~Meter() { std::printf("  meter %s dies\n", tag_.name.c_str()); }

  T twice() const { return level * 2; }

  ASL_ASYNC asl::Task<T> read() {
    auto h = [copy = level](auto x) -> asl::Task<T> {
      co_await ev;
      co_return copy + static_cast<T>(x);
    };
    T sum = co_await h(1);

    auto add = [self = this, &r = level](T by) mutable -> asl::Task<void> {
      co_await ev;
      r += by;
      self = nullptr;
    };
    co_await add(T(3));
    std::printf("level now %g\n", static_cast<double>(level));

    auto snap = [copy = *this, t = twice()]() mutable -> asl::Task<T> {
      co_await ev;
      std::printf("  snap of %s\n", copy.tag_.name.c_str());
      copy.level = t;
      co_return copy.level;
    };
    sum += co_await snap();

    auto outer = [this](int k) -> asl::Task<T> {
      auto inner = [n = level, p = this, tag = tag_](int j) -> asl::Task<T> {
        co_await ev;
        std::printf("  inner with %s\n", tag.name.c_str());
        co_return n + p->level + static_cast<T>(j);
      };
      co_return co_await inner(k);
    };
    sum += co_await outer(2);
    co_return sum;
  }

  ASL_ASYNC asl::Task<long> share() {
    auto keep = [self = this->shared_from_this()](auto k) -> asl::Task<long> {
      co_await ev;
      co_return static_cast<long>(self->level) + k + self.use_count();
    };
    co_return co_await keep(1L);
  }
};

int main() {
  ev.set();
  {
    Meter<int> m{2, "int"};
    std::printf("read<int>: %d\n", asl::sync_wait(m.read()));
  }
  {
    Meter<double> m{0.5, "double"};
    std::printf("read<double>: %g\n", asl::sync_wait(m.read()));
  }
  ev.reset();
  asl::Task<long> pending;
  {
    auto m = std::make_shared<Meter<int>>(5, "shared");
    pending = m->share();
  }
  std::printf("owner gone\n");
  ev.set();
  std::printf("share: %ld\n", asl::sync_wait(std::move(pending)));
}
