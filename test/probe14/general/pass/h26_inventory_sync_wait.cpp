// h26: an inventory report: a coroutine whose loop body calls library
// algorithms whose lambdas run sync_wait on tasks that complete at once
// (std::any_of, std::remove_if, std::max_element), capture lifted locals
// by reference and by copy, and a lambda kept in a lifted local across
// awaits (not a coroutine) used by std::partition.
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
#include <algorithm>
#include <string>
#include <vector>

struct Item {
  std::string sku;
  int qty;
  int price;
};

// Completes synchronously.
ASL_ASYNC asl::Task<bool> in_catalog(const std::string &sku) {
  co_return sku.size() == 3;
}
ASL_ASYNC asl::Task<int> value_of(const Item &i) { co_return i.qty * i.price; }

ASL_ASYNC asl::Task<std::vector<Item>> fetch_batch(int n) {
  co_await tick();
  std::vector<Item> out;
  for (int i = 0; i < n; ++i)
    out.push_back({(i % 2 ? "AB" : "XYZ") + std::to_string(i % 10), i + 1,
                   10 - i});
  co_return out;
}

ASL_ASYNC asl::Task<int> report() {
  int threshold = co_await later(8);
  auto cheap = [threshold](const Item &i) { return i.price < threshold; };
  int removed = 0;
  int best_total = 0;
  for (int batch = 3; batch <= 5; ++batch) {
    std::vector<Item> items = co_await fetch_batch(batch);
    bool any_bad = std::any_of(items.begin(), items.end(), [](auto &i) {
      return !asl::sync_wait(in_catalog(i.sku));
    });
    auto end = std::remove_if(items.begin(), items.end(), [&](const Item &i) {
      bool bad = !asl::sync_wait(in_catalog(i.sku));
      removed += bad ? 1 : 0;
      return bad;
    });
    items.erase(end, items.end());
    co_await tick();
    auto best = std::max_element(
        items.begin(), items.end(), [](const Item &a, const Item &b) {
          return asl::sync_wait(value_of(a)) < asl::sync_wait(value_of(b));
        });
    std::string best_sku = best == items.end() ? "-" : best->sku;
    std::partition(items.begin(), items.end(), cheap);
    std::printf("  batch %d bad=%d kept=%zu best=%s:", batch, any_bad,
                items.size(), best_sku.c_str());
    for (const auto &i : items)
      std::printf(" %s", i.sku.c_str());
    std::printf("\n");
    if (!items.empty())
      best_total += co_await value_of(items.front());
  }
  co_return removed * 100 + best_total;
}

int main() {
  auto t = report();
  drain();
  std::printf("report %d\n", asl::sync_wait(std::move(t)));
}
