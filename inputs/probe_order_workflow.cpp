// A C#-style order workflow: an abstract step interface with async virtual
// members, steps kept in a vector of unique_ptr, a saga that runs steps in
// order and compensates the completed ones in reverse when a later step
// fails (awaits in a reverse loop after a catch), a per-order timeline of
// RAII spans, an inventory guarded by an asl::Mutex, and an order state
// machine driven by a switch inside a while loop with awaits in cases.
// (Reserve's overrides are declared without `override`: with it, see
// test/probe2/out_of_line_override.cpp.)
#include <asl/mutex.h>
#include <asl/task.h>

#include <cstdio>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

asl::Event tick;

struct Span {
  std::string what;
  explicit Span(std::string w) : what(std::move(w)) { std::printf("    [%s\n", what.c_str()); }
  ~Span() { std::printf("    %s]\n", what.c_str()); }
};

struct Inventory {
  asl::Mutex mutex;
  std::map<std::string, int> stock{{"apple", 5}, {"pear", 1}};
};

struct Order {
  int id;
  std::string item;
  int qty;
  long paid = 0;
  bool reserved = false;
};

class Step {
public:
  virtual ~Step() = default;
  virtual const char *name() const = 0;
  virtual asl::Task<void> run(Order &o) = 0;
  virtual asl::Task<void> undo(Order &o) = 0;
};

class Reserve : public Step {
public:
  explicit Reserve(Inventory &inv) : inv_(inv) {}
  const char *name() const { return "reserve"; }
  ASL_ASYNC asl::Task<void> run(Order &o);
  ASL_ASYNC asl::Task<void> undo(Order &o);

private:
  Inventory &inv_;
};

ASL_ASYNC asl::Task<void> Reserve::run(Order &o) {
  asl::MutexLock lock = co_await inv_.mutex.lock();
  int &left = inv_.stock[o.item];
  co_await tick;
  if (left < o.qty)
    throw std::runtime_error("out of " + o.item);
  left -= o.qty;
  o.reserved = true;
}
ASL_ASYNC asl::Task<void> Reserve::undo(Order &o) {
  asl::MutexLock lock = co_await inv_.mutex.lock();
  inv_.stock[o.item] += o.qty;
  o.reserved = false;
}

class Charge : public Step {
public:
  const char *name() const override { return "charge"; }
  ASL_ASYNC asl::Task<void> run(Order &o) override {
    co_await tick;
    if (o.id == 3)
      throw std::runtime_error("card declined");
    o.paid = o.qty * 150L;
  }
  ASL_ASYNC asl::Task<void> undo(Order &o) override {
    co_await tick;
    std::printf("    refund %ld\n", o.paid);
    o.paid = 0;
  }
};

class Ship : public Step {
public:
  const char *name() const override { return "ship"; }
  ASL_ASYNC asl::Task<void> run(Order &o) override {
    co_await tick;
    if (o.item == "pear" && o.qty > 0 && o.id == 4)
      throw std::logic_error("no courier");
  }
  ASL_ASYNC asl::Task<void> undo(Order &) override { co_return; }
};

ASL_ASYNC asl::Task<bool> saga(std::vector<std::unique_ptr<Step>> &steps, Order &o) {
  Span s("order " + std::to_string(o.id));
  std::size_t done = 0;
  std::string failure;
  try {
    for (auto &step : steps) {
      Span inner(step->name());
      co_await step->run(o);
      ++done;
    }
  } catch (const std::exception &e) {
    failure = e.what();
  }
  if (failure.empty())
    co_return true;
  std::printf("    failed: %s, undoing %zu\n", failure.c_str(), done);
  while (done > 0) {
    Step &step = *steps[--done];
    Span u(std::string("undo ") + step.name());
    co_await step.undo(o);
  }
  co_return false;
}

enum class Phase { New, Running, Done, Failed };

ASL_ASYNC asl::Task<int> process(Inventory &inv, std::vector<Order> orders) {
  std::vector<std::unique_ptr<Step>> steps;
  steps.push_back(std::make_unique<Reserve>(inv));
  steps.push_back(std::make_unique<Charge>());
  steps.push_back(std::make_unique<Ship>());
  int ok = 0;
  for (Order &o : orders) {
    Phase phase = Phase::New;
    while (phase != Phase::Done && phase != Phase::Failed) {
      switch (phase) {
      case Phase::New:
        std::printf("  order %d: %d x %s\n", o.id, o.qty, o.item.c_str());
        phase = Phase::Running;
        break;
      case Phase::Running:
        phase = co_await saga(steps, o) ? Phase::Done : Phase::Failed;
        break;
      default:
        break;
      }
    }
    ok += phase == Phase::Done;
    std::printf("  order %d %s paid=%ld reserved=%d\n", o.id,
                phase == Phase::Done ? "done" : "failed", o.paid, o.reserved);
  }
  co_return ok;
}

int main() {
  Inventory inv;
  asl::Task<int> t = process(inv, {{1, "apple", 2}, {2, "pear", 3}, {3, "apple", 1},
                                   {4, "pear", 1}, {5, "apple", 2}});
  int rounds = 0;
  while (!t.is_ready()) {
    ++rounds;
    tick.set();
    tick.reset();
  }
  std::printf("ok %d rounds %d apple %d pear %d\n", asl::sync_wait(std::move(t)), rounds,
              inv.stock["apple"], inv.stock["pear"]);
}
