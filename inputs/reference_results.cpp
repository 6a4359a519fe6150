// Checks tasks whose result is a reference (asl::Task<T &>, Task<const T &>):
// awaited as a call's result and as a task held in a variable, bound to a
// reference that lives across later awaits, assigned through, returned by a
// const member, combined with when_all, taken by sync_wait, and an exception
// instead of a reference. The object is the callee's, never copied.
#include <asl/task.h>
#include <asl/when_all.h>

#include <cstdio>
#include <map>
#include <stdexcept>
#include <string>

struct Tracked {
  std::string name;
  explicit Tracked(std::string n) : name(std::move(n)) {}
  Tracked(const Tracked &other) : name(other.name + " (copy)") {
    std::printf("copied %s\n", name.c_str());
  }
};

asl::Event ready;

class Registry {
public:
  ASL_ASYNC asl::Task<Tracked &> find(const std::string &key) {
    co_await ready;
    auto it = entries_.find(key);
    if (it == entries_.end())
      throw std::out_of_range("no entry " + key);
    co_return it->second;
  }
  ASL_ASYNC asl::Task<const Tracked &> first() const {
    co_await ready;
    co_return entries_.begin()->second;
  }
  void add(const std::string &key) { entries_.try_emplace(key, key); }
  void print() const {
    for (const auto &[key, value] : entries_)
      std::printf("  %s -> %s\n", key.c_str(), value.name.c_str());
  }

private:
  std::map<std::string, Tracked> entries_;
};

ASL_ASYNC asl::Task<int> edit(Registry &registry) {
  Tracked &alpha = co_await registry.find("alpha");
  alpha.name += " edited";
  asl::Task<Tracked &> held = registry.find("beta");
  const Tracked &first = co_await registry.first();
  (co_await std::move(held)).name = "beta renamed";
  std::printf("first is %s\n", first.name.c_str());
  auto [a, b] = co_await asl::when_all(registry.find("alpha"),
                                       registry.find("beta"));
  a.name += "!";
  b.name += "?";
  try {
    co_await registry.find("gamma");
  } catch (const std::out_of_range &error) {
    std::printf("caught %s\n", error.what());
  }
  co_return static_cast<int>(alpha.name.size());
}

int main() {
  Registry registry;
  registry.add("alpha");
  registry.add("beta");
  asl::Task<int> task = edit(registry);
  ready.set();
  std::printf("alpha's length %d\n", asl::sync_wait(std::move(task)));
  Tracked &beta = asl::sync_wait(registry.find("beta"));
  beta.name += " again";
  registry.print();
}
