// A saga / workflow with compensation (like a Durable Functions
// orchestrator): steps run in order, each registering an async
// compensation in a std::vector<std::function<asl::Task<void>()>>; when a
// step fails, the compensations run in reverse order, each in its own
// try/catch; a step is abandoned (its task destroyed while suspended)
// when the workflow times out.
#include <asl/task.h>

#include <functional>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

struct Ledger {
  std::vector<std::string> entries;
  asl::Event io{true};
};

struct Resource {
  std::string name;
  Ledger &ledger;
  ~Resource() { ledger.entries.push_back("dispose " + name); }
};

ASL_ASYNC asl::Task<int> step(Ledger &l, std::string name, bool fail) {
  auto r = std::make_unique<Resource>(Resource{"res-" + name, l});
  co_await l.io;
  if (fail)
    throw std::runtime_error(name + " failed");
  l.entries.push_back("did " + name);
  co_return static_cast<int>(name.size());
}

ASL_ASYNC asl::Task<void> undo(Ledger &l, std::string name, bool fail) {
  co_await l.io;
  if (fail)
    throw std::logic_error("cannot undo " + name);
  l.entries.push_back("undid " + name);
}

ASL_ASYNC asl::Task<std::string> saga(Ledger &l, std::vector<std::string> steps,
                                      std::string failing,
                                      std::string bad_undo) {
  std::vector<std::function<asl::Task<void>()>> compensations;
  int total = 0;
  try {
    for (const std::string &s : steps) {
      total += co_await step(l, s, s == failing);
      compensations.push_back(
          [&l, s, bad = s == bad_undo] { return undo(l, s, bad); });
    }
    co_return "committed " + std::to_string(total);
  } catch (const std::exception &e) {
    l.entries.push_back(std::string("rollback: ") + e.what());
  }
  int failed_undos = 0;
  for (auto it = compensations.rbegin(); it != compensations.rend(); ++it) {
    try {
      co_await (*it)();
    } catch (const std::logic_error &e) {
      ++failed_undos;
      l.entries.push_back(e.what());
    }
  }
  co_return "rolled back, " + std::to_string(failed_undos) + " undo failures";
}

int main() {
  {
    Ledger l;
    std::cout << asl::sync_wait(saga(l, {"book", "pay", "ship"}, "", ""))
              << "\n";
    for (auto &e : l.entries)
      std::cout << "  " << e << "\n";
  }
  {
    Ledger l;
    std::cout << asl::sync_wait(
                     saga(l, {"book", "pay", "ship", "mail"}, "ship", "book"))
              << "\n";
    for (auto &e : l.entries)
      std::cout << "  " << e << "\n";
  }
  {
    Ledger l;
    l.io.reset();
    auto t = saga(l, {"book", "pay"}, "", "");
    std::cout << "timed out, abandoning\n";
    t = asl::Task<std::string>();
    for (auto &e : l.entries)
      std::cout << "  " << e << "\n";
  }
}
