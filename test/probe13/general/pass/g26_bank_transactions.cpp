#include <asl/task.h>

#include <cstdio>
#include <deque>
#include <functional>
#include <utility>

// A scheduler of our own: suspended awaits queue here, drain() resumes
// them in order, on this thread (deterministic output).
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
template <class T> static Later<T> later(T v) {
  return Later<T>{std::move(v)};
}
// A guard whose destructor prints.
struct Guard {
  const char *name;
  explicit Guard(const char *n) : name(n) { std::printf("  [%s\n", name); }
  Guard(const Guard &) = delete;
  Guard &operator=(const Guard &) = delete;
  ~Guard() { std::printf("  %s]\n", name); }
};
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

// A bank ledger with RAII transactions ported to async: a transfer opens
// a transaction guard, awaits two account locks (ordered), validates,
// and commits; failures throw across the awaits and roll back in the
// guard's destructor; a batch retries conflicts in a loop with continue,
// keeps a move-only audit log, and a suspended transfer is destroyed.

struct Insufficient : std::runtime_error {
  using std::runtime_error::runtime_error;
};

class Bank {
public:
  std::map<std::string, long> bal;
  std::vector<std::string> journal;

  class Txn {
  public:
    Txn(Bank &b, std::string what) : b_(b), what_(std::move(what)) {
      std::printf("    begin %s\n", what_.c_str());
    }
    Txn(const Txn &) = delete;
    ~Txn() {
      if (!done_) {
        for (auto it = undo_.rbegin(); it != undo_.rend(); ++it)
          b_.bal[it->first] -= it->second;
        std::printf("    rollback %s (%zu)\n", what_.c_str(), undo_.size());
      }
    }
    void add(const std::string &acct, long d) {
      b_.bal[acct] += d;
      undo_.emplace_back(acct, d);
    }
    void commit() {
      done_ = true;
      b_.journal.push_back(what_);
    }

  private:
    Bank &b_;
    std::string what_;
    std::vector<std::pair<std::string, long>> undo_;
    bool done_ = false;
  };

  ASL_ASYNC asl::Task<void> transfer(std::string from, std::string to,
                                     long amt) {
    Txn t(*this, from + "->" + to);
    const std::string &first = from < to ? from : to;
    const std::string &second = from < to ? to : from;
    co_await later(first.size());
    t.add(from, -amt);
    co_await later(second.size());
    if (bal.at(from) < 0)
      throw Insufficient(from + " short by " + std::to_string(-bal[from]));
    t.add(to, amt);
    if (to == "void")
      throw std::out_of_range("no account void");
    t.commit();
  }
};

struct Audit {
  std::unique_ptr<std::vector<std::string>> lines =
      std::make_unique<std::vector<std::string>>();
};

ASL_ASYNC asl::Task<Audit> batch(Bank &b,
                                 std::vector<std::vector<std::string>> ops) {
  Audit a;
  for (const auto &op : ops) {
    long amt = std::stol(op[2]);
    try {
      co_await b.transfer(op[0], op[1], amt);
    } catch (const Insufficient &e) {
      a.lines->push_back(std::string("short: ") + e.what());
      continue;
    } catch (const std::exception &e) {
      a.lines->push_back(std::string("fail: ") + e.what());
      if (amt > 50)
        break;
      continue;
    }
    a.lines->push_back("ok " + op[0] + " " + op[2]);
  }
  co_return a;
}

int main() {
  Bank b;
  b.bal = {{"ann", 100}, {"bob", 20}, {"cy", 0}};
  asl::Task<Audit> t = batch(b, {{"ann", "bob", "30"},
                                 {"bob", "cy", "70"},
                                 {"cy", "void", "0"},
                                 {"bob", "ann", "10"},
                                 {"ann", "void", "60"},
                                 {"ann", "cy", "1"}});
  drain();
  Audit a = asl::sync_wait(std::move(t));
  for (const auto &l : *a.lines)
    std::printf("%s\n", l.c_str());
  {
    asl::Task<void> dropped = b.transfer("ann", "cy", 5);
    std::printf("dropping a suspended transfer\n");
  }
  g_queue.clear();
  for (const auto &[k, v] : b.bal)
    std::printf("%s=%ld\n", k.c_str(), v);
  std::printf("journal %zu\n", b.journal.size());
}
