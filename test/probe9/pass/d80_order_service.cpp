// d80: a C#-style order service: an IRepository interface with virtual
// async members, an in-memory implementation guarded by asl::Mutex, a
// service validating with custom exceptions, placing orders concurrently
// with when_all, and a cancellation token checked between steps.
#include <asl/cancellation.h>
#include <asl/channel.h>
#include <asl/event.h>
#include <asl/mutex.h>
#include <asl/task.h>
#include <asl/thread_pool.h>
#include <asl/when_all.h>
#include <asl/when_any.h>

#include <any>
#include <array>
#include <cstdio>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <tuple>
#include <utility>
#include <variant>
#include <vector>

// Tr prints its life; a moved-from Tr is silent, so extra moves do not show.
struct Tr {
  std::string n;
  explicit Tr(std::string s) : n(std::move(s)) {
    std::printf("+%s\n", n.c_str());
  }
  Tr(const Tr &o) : n(o.n + "'") { std::printf("+%s\n", n.c_str()); }
  Tr(Tr &&o) noexcept : n(std::move(o.n)) { o.n.clear(); }
  ~Tr() {
    if (!n.empty())
      std::printf("-%s\n", n.c_str());
  }
};

// later(v) prints, then suspends on an event that pump() sets (FIFO).
static std::deque<asl::Event *> waiting;
inline void pump() {
  while (!waiting.empty()) {
    asl::Event *e = waiting.front();
    waiting.pop_front();
    e->set();
  }
}
ASL_ASYNC asl::Task<int> later(int v) {
  std::printf("later %d\n", v);
  asl::Event e;
  waiting.push_back(&e);
  co_await e;
  co_return v;
}
ASL_ASYNC asl::Task<int> now(int v) {
  std::printf("now %d\n", v);
  co_return v;
}
ASL_ASYNC asl::Task<std::string> word(std::string s) {
  std::printf("word %s\n", s.c_str());
  asl::Event e;
  waiting.push_back(&e);
  co_await e;
  co_return s;
}
ASL_ASYNC asl::Task<bool> flag(const char *tag, bool b) {
  std::printf("flag %s\n", tag);
  asl::Event e;
  waiting.push_back(&e);
  co_await e;
  co_return b;
}
template <class R> R drive(asl::Task<R> t) {
  pump();
  return asl::sync_wait(std::move(t));
}


struct ValidationError : std::runtime_error {
  using std::runtime_error::runtime_error;
};
struct Order {
  int id;
  std::string item;
  int qty;
};
struct IRepository {
  virtual ~IRepository() = default;
  ASL_ASYNC virtual asl::Task<int> stock(const std::string &item) = 0;
  ASL_ASYNC virtual asl::Task<void> take(std::string item, int qty) = 0;
};
class MemoryRepo : public IRepository {
  asl::Mutex mu_;
  std::map<std::string, int> stock_{{"apple", 5}, {"pear", 1}};

public:
  ASL_ASYNC asl::Task<int> stock(const std::string &item) override {
    auto lock = co_await mu_.lock();
    co_await later(1);
    auto it = stock_.find(item);
    co_return it == stock_.end() ? 0 : it->second;
  }
  ASL_ASYNC asl::Task<void> take(std::string item, int qty) override {
    auto lock = co_await mu_.lock();
    int have = stock_[item];
    co_await later(2);
    if (have < qty)
      throw ValidationError("not enough " + item);
    stock_[item] = have - qty;
  }
};
class OrderService {
  IRepository &repo_;

public:
  explicit OrderService(IRepository &r) : repo_(r) {}
  ASL_ASYNC asl::Task<std::string> place(Order o,
                                         asl::CancellationToken tok) {
    Tr t("order" + std::to_string(o.id));
    if (o.qty <= 0)
      throw ValidationError("bad qty");
    int s = co_await repo_.stock(o.item);
    tok.throw_if_cancelled();
    if (s < o.qty)
      co_return "backorder " + o.item;
    co_await repo_.take(o.item, o.qty);
    co_return "placed " + std::to_string(o.id);
  }
};

ASL_ASYNC asl::Task<std::string> safe(OrderService &svc, Order o,
                                      asl::CancellationToken tok) {
  try {
    co_return co_await svc.place(std::move(o), tok);
  } catch (const ValidationError &e) {
    co_return std::string("invalid: ") + e.what();
  } catch (const asl::operation_cancelled &) {
    co_return "cancelled";
  }
}

ASL_ASYNC asl::Task<int> app() {
  MemoryRepo repo;
  OrderService svc(repo);
  asl::CancellationSource src;
  asl::Task<std::string> t1 = safe(svc, Order{1, "apple", 3}, src.token());
  asl::Task<std::string> t2 = safe(svc, Order{2, "apple", 3}, src.token());
  asl::Task<std::string> t3 = safe(svc, Order{3, "pear", 0}, src.token());
  auto [a, b, c] =
      co_await asl::when_all(std::move(t1), std::move(t2), std::move(t3));
  std::printf("%s | %s | %s\n", a.c_str(), b.c_str(), c.c_str());
  src.cancel();
  std::string d = co_await safe(svc, Order{4, "pear", 1}, src.token());
  std::printf("%s stock=%d\n", d.c_str(), co_await repo.stock("apple"));
  co_return 0;
}

int main() { std::printf("%d\n", drive(app())); }
