// g55: a mid-size C# port: an inventory service with an async repository
// (a map behind awaits), an order processor with validation that throws,
// a retry loop with a counter kept across awaits, a report built with a
// string stream of awaited values, and a summary of results.
#include <asl/event.h>
#include <asl/task.h>
#include <asl/when_all.h>

#include <any>
#include <array>
#include <atomic>
#include <cstdio>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <typeinfo>
#include <utility>
#include <variant>
#include <vector>

// Tr prints its life; a copy gets a "'" and prints; a moved-from Tr is
// silent, so extra moves do not show (a documented deviation).
struct Tr {
  std::string n;
  explicit Tr(std::string s) : n(std::move(s)) {
    std::printf("+%s\n", n.c_str());
  }
  Tr(const Tr &o) : n(o.n + "'") { std::printf("+%s\n", n.c_str()); }
  Tr(Tr &&o) noexcept : n(std::move(o.n)) { o.n.clear(); }
  Tr &operator=(const Tr &o) {
    std::printf("%s=%s\n", n.c_str(), o.n.c_str());
    n = o.n + "=";
    return *this;
  }
  Tr &operator=(Tr &&o) noexcept {
    std::printf("%s<-%s\n", n.c_str(), o.n.c_str());
    n = std::move(o.n);
    o.n.clear();
    return *this;
  }
  ~Tr() {
    if (!n.empty())
      std::printf("-%s\n", n.c_str());
  }
};

// Resumers of custom awaiters; pump() runs them and sets events, FIFO.
static std::deque<std::function<void()>> resumers;
static std::deque<asl::Event *> waiting;
inline void pump() {
  while (!waiting.empty() || !resumers.empty()) {
    if (!waiting.empty()) {
      asl::Event *e = waiting.front();
      waiting.pop_front();
      e->set();
    } else {
      auto f = std::move(resumers.front());
      resumers.pop_front();
      f();
    }
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

#include <sstream>
struct Item {
  std::string sku;
  int qty;
  double price;
};
class Repo {
  std::map<std::string, Item> items_;

public:
  ASL_ASYNC asl::Task<std::optional<Item>> find(std::string sku) {
    co_await later(static_cast<int>(sku.size()));
    auto it = items_.find(sku);
    if (it == items_.end())
      co_return std::nullopt;
    co_return it->second;
  }
  ASL_ASYNC asl::Task<void> save(Item item) {
    co_await later(1);
    items_[item.sku] = std::move(item);
  }
  std::size_t size() const { return items_.size(); }
};
struct OrderError : std::runtime_error {
  using std::runtime_error::runtime_error;
};
class Processor {
  Repo &repo_;
  int failures_ = 0;

public:
  explicit Processor(Repo &r) : repo_(r) {}
  ASL_ASYNC asl::Task<double> order(const std::string sku, int qty) {
    std::optional<Item> item = co_await repo_.find(sku);
    if (!item)
      throw OrderError("no such sku " + sku);
    if (item->qty < qty) {
      ++failures_;
      throw OrderError("short " + sku);
    }
    item->qty -= qty;
    double total = item->price * qty;
    co_await repo_.save(*item);
    co_return total;
  }
  ASL_ASYNC asl::Task<double> orderWithRetry(std::string sku, int qty) {
    for (int attempt = 1;; ++attempt) {
      try {
        co_return co_await order(sku, qty);
      } catch (const OrderError &e) {
        std::printf("attempt %d: %s\n", attempt, e.what());
        if (attempt == 2)
          throw;
      }
      co_await repo_.save(Item{sku, qty * attempt, 1.5});
    }
  }
  int failures() const { return failures_; }
};
ASL_ASYNC asl::Task<int> run() {
  Repo repo;
  co_await repo.save(Item{"apple", 10, 0.5});
  co_await repo.save(Item{"pear", 2, 0.75});
  Processor p(repo);
  std::ostringstream report;
  const char *skus[] = {"apple", "pear", "plum", "pear"};
  int qtys[] = {3, 5, 1, 2};
  for (int i = 0; i < 4; ++i) {
    try {
      double t = co_await p.orderWithRetry(skus[i], qtys[i]);
      report << skus[i] << "=" << t << ";";
    } catch (const std::exception &e) {
      report << "fail(" << e.what() << ");";
    }
  }
  std::optional<Item> apple = co_await repo.find("apple");
  report << "left " << apple->qty << " items " << repo.size();
  std::printf("%s\nfailures %d\n", report.str().c_str(), p.failures());
  co_return p.failures();
}
int main() { std::printf("%d\n", drive(run())); }
