// An order-processing workflow: validate, reserve, charge, ship; each step
// async with RAII audit entries, a compensation path on failure, results
// collected into a summary struct built with awaited members.
#include <asl/event.h>
#include <asl/task.h>

#include <cstdio>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <variant>
#include <vector>

// R prints its life; a moved-from R is silent, so extra moves do not show.
struct R {
  std::string n;
  explicit R(std::string s) : n(std::move(s)) {
    std::printf("+%s\n", n.c_str());
  }
  R(const R &o) : n(o.n + "'") { std::printf("+%s\n", n.c_str()); }
  R(R &&o) noexcept : n(std::move(o.n)) { o.n.clear(); }
  R &operator=(const R &o) {
    n = o.n + "=";
    std::printf("=%s\n", n.c_str());
    return *this;
  }
  R &operator=(R &&o) noexcept {
    n = std::move(o.n);
    o.n.clear();
    return *this;
  }
  ~R() {
    if (!n.empty())
      std::printf("-%s\n", n.c_str());
  }
  const std::string &name() const { return n; }
};

// Gate suspends; drain() resumes the suspended tasks in order.
static std::deque<std::function<void()>> pending;
struct Gate {
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    pending.push_back([h] { h.resume(); });
  }
  void await_resume() const noexcept {}
};
inline void drain() {
  while (!pending.empty()) {
    auto f = std::move(pending.front());
    pending.pop_front();
    f();
  }
}

ASL_ASYNC asl::Task<int> val(const char *tag, int v) {
  std::printf("val %s\n", tag);
  co_await Gate{};
  std::printf("val %s -> %d\n", tag, v);
  co_return v;
}

ASL_ASYNC asl::Task<std::string> str(const char *tag, std::string v) {
  std::printf("str %s\n", tag);
  co_await Gate{};
  co_return v;
}

inline int side(const char *tag, int v) {
  std::printf("side %s\n", tag);
  return v;
}

struct Summary {
  std::string order;
  int total;
  std::string status;
};
struct Audit {
  std::vector<std::string> &log;
  std::string what;
  Audit(std::vector<std::string> &l, std::string w)
      : log(l), what(std::move(w)) {
    log.push_back("begin " + what);
  }
  ~Audit() { log.push_back("end " + what); }
};
ASL_ASYNC asl::Task<int> charge(int amount) {
  co_await Gate{};
  if (amount > 500)
    throw std::runtime_error("card declined");
  co_return amount;
}

ASL_ASYNC asl::Task<Summary> process(std::string id, int amount,
                                     std::vector<std::string> &log) {
  Audit a(log, "process " + id);
  try {
    Audit c(log, "charge");
    co_return Summary{id, co_await charge(amount),
                      co_await str("status", "paid")};
  } catch (const std::exception &e) {
    Audit r(log, std::string("refund: ") + e.what());
    co_return Summary{id, 0, "failed"};
  }
}

int main() {
  std::vector<std::string> log;
  for (int amt : {100, 900}) {
    auto t = process("o" + std::to_string(amt), amt, log);
    drain();
    Summary s = asl::sync_wait(std::move(t));
    std::printf("%s %d %s\n", s.order.c_str(), s.total, s.status.c_str());
  }
  for (auto &l : log)
    std::printf("  %s\n", l.c_str());
}
