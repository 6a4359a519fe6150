// Checks coroutine lambdas inside an async member function whose
// init-captures name the object: `[self = this]`, `[self =
// shared_from_this()]` (the object lives as long as the closure), a member
// by value (`mutable` and not), by reference, through `this->`, a copy of
// `*this`, a call to a member function, in a generic lambda, in one invoked
// at once inside an await, beside an init-capture that awaits, nested two
// deep, and in an async member of a local class (a pointer and a reference
// to the object); tracers show each copy and when each object dies.
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
  Tracer(Tracer &&o) noexcept : name(o.name + "~") {
    std::printf("  move %s\n", name.c_str());
  }
  ~Tracer() { std::printf("  drop %s\n", name.c_str()); }
};

ASL_ASYNC asl::Task<int> seven() {
  co_await ev;
  co_return 7;
}

struct Account : std::enable_shared_from_this<Account> {
  int count_ = 10;
  int *ptr_ = &count_;
  Tracer tag_{"tag"};

  Account() { std::printf("  account born\n"); }
  Account(const Account &o)
      : std::enable_shared_from_this<Account>(), count_(o.count_),
        tag_(o.tag_) {
    std::printf("  account copied\n");
  }
  ~Account() { std::printf("  account dies (count %d)\n", count_); }

  std::string label() const { return "acct" + std::to_string(count_); }

  ASL_ASYNC asl::Task<int> run();
  ASL_ASYNC asl::Task<int> nested();
};

ASL_ASYNC asl::Task<int> Account::run() {
  std::printf("self = this\n");
  auto bump = [self = this](int by) -> asl::Task<int> {
    co_await ev;
    self->count_ += by;
    co_return self->count_;
  };
  int total = co_await bump(1);

  std::printf("n = count_, mutable\n");
  auto counter = [n = count_]() mutable -> asl::Task<int> {
    co_await ev;
    n += 100;
    co_return n;
  };
  total += co_await counter();
  total += co_await counter();
  std::printf("member still %d\n", count_);

  std::printf("&r = count_\n");
  auto raise = [&r = count_](int by) -> asl::Task<void> {
    co_await ev;
    r += by;
  };
  co_await raise(5);
  std::printf("member now %d\n", count_);

  std::printf("p = this->ptr_, t = tag_\n");
  auto peek = [p = this->ptr_, t = tag_]() -> asl::Task<int> {
    co_await ev;
    std::printf("  peek sees %s\n", t.name.c_str());
    co_return *p;
  };
  total += co_await peek();

  std::printf("copy = *this\n");
  {
    auto snapshot = [copy = *this]() mutable -> asl::Task<int> {
      co_await ev;
      copy.count_ = 0;
      co_return copy.count_;
    };
    total += co_await snapshot();
  }
  std::printf("member after snapshot %d\n", count_);

  std::printf("name = label(), generic\n");
  auto describe = [name = label(), self = this](auto suffix) -> asl::Task<int> {
    co_await ev;
    std::printf("  %s%s (%d)\n", name.c_str(), suffix, self->count_);
    co_return static_cast<int>(name.size());
  };
  total += co_await describe("!");

  std::printf("invoked at once\n");
  total += co_await [c = count_, this](int k) -> asl::Task<int> {
    co_await ev;
    co_return c * k + count_;
  }(2);

  std::printf("beside an await\n");
  auto later = [self = this, w = co_await seven()]() -> asl::Task<int> {
    co_await ev;
    co_return self->count_ + w;
  };
  total += co_await later();
  co_return total;
}

ASL_ASYNC asl::Task<int> Account::nested() {
  auto outer = [self = shared_from_this()](int k) -> asl::Task<int> {
    std::printf("  outer: use_count %ld\n", self.use_count());
    auto inner = [inner_self = self, n = self->count_](int j)
        -> asl::Task<int> {
      co_await ev;
      co_return inner_self->count_ + n + j;
    };
    co_return co_await inner(k);
  };
  auto twice = [this]() -> asl::Task<int> {
    auto inner = [p = this, &r = count_, name = label()]() mutable
        -> asl::Task<int> {
      co_await ev;
      r += 1;
      name += "?";
      std::printf("  twice inner: %s %d\n", name.c_str(), p->count_);
      co_return p->count_;
    };
    int a = co_await inner();
    co_return a + co_await inner();
  };
  int a = co_await outer(1);
  co_return a + co_await twice();
}

int local_class() {
  struct Local {
    int v = 4;
    ASL_ASYNC asl::Task<int> go() {
      auto h = [self = this, &me = *this, n = v]() -> asl::Task<int> {
        co_await ev;
        auto inner = [p = self, &q = me]() -> asl::Task<int> {
          co_await ev;
          co_return p->v + q.v;
        };
        me.v += 1;
        co_return self->v + n + co_await inner();
      };
      co_return co_await h();
    }
  };
  Local l;
  int got = asl::sync_wait(l.go());
  return got * 100 + l.v;
}

int main() {
  ev.set();
  std::printf("local class: %d\n", local_class());
  std::printf("run:\n");
  {
    Account account;
    int got = asl::sync_wait(account.run());
    std::printf("run: %d\n", got);
  }
  std::printf("shared:\n");
  ev.reset();
  asl::Task<int> pending;
  {
    auto account = std::make_shared<Account>();
    pending = account->nested();
    std::printf("suspended, use_count %ld\n", account.use_count());
  }
  std::printf("owner gone\n");
  ev.set();
  std::printf("nested: %d\n", asl::sync_wait(std::move(pending)));
}
