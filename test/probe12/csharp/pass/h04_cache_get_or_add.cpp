// A ConcurrentDictionary-like async cache: GetOrAddAsync keeps a
// std::map<string, shared_ptr<Entry>> where each entry holds a loaded
// value or an Event that concurrent callers wait on; iterators and
// references into the map are kept across awaits; a failed load is
// evicted and its exception reaches every waiter.
#include <asl/task.h>

#include <iostream>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

struct Entry {
  asl::Event ready;
  std::optional<std::string> value;
  std::string error;
};

class Cache {
public:
  explicit Cache(asl::Event &backend) : backend_(backend) {}

  ASL_ASYNC asl::Task<std::string> get(const std::string &key) {
    auto it = map_.find(key);
    if (it == map_.end()) {
      it = map_.emplace(key, std::make_shared<Entry>()).first;
      std::shared_ptr<Entry> entry = it->second;
      ++loads_;
      try {
        std::string v = co_await load(key);
        entry->value = v;
      } catch (const std::exception &e) {
        entry->error = e.what();
        map_.erase(key);
      }
      entry->ready.set();
      if (!entry->value)
        throw std::runtime_error("load failed: " + entry->error);
      co_return *entry->value;
    }
    std::shared_ptr<Entry> entry = it->second;
    if (!entry->ready.is_set())
      co_await entry->ready;
    if (!entry->value)
      throw std::runtime_error("waited on failed: " + entry->error);
    co_return *entry->value;
  }
  int loads() const { return loads_; }

private:
  ASL_ASYNC asl::Task<std::string> load(std::string key) {
    co_await backend_;
    if (key.find("bad") != std::string::npos)
      throw std::invalid_argument("no such key " + key);
    co_return "<" + key + ":" + std::to_string(key.size()) + ">";
  }
  asl::Event &backend_;
  std::map<std::string, std::shared_ptr<Entry>> map_;
  int loads_ = 0;
};

ASL_ASYNC asl::Task<std::string> describe(Cache &c, std::string key) {
  try {
    co_return key + " -> " + co_await c.get(key);
  } catch (const std::runtime_error &e) {
    co_return key + " !! " + e.what();
  }
}

int main() {
  asl::Event backend;
  Cache cache(backend);
  std::vector<asl::Task<std::string>> tasks;
  for (const char *k : {"alpha", "beta", "alpha", "bad1", "bad1", "beta"})
    tasks.push_back(describe(cache, k));
  std::cout << "loads before " << cache.loads() << "\n";
  backend.set();
  for (auto &t : tasks)
    std::cout << asl::sync_wait(std::move(t)) << "\n";
  std::cout << asl::sync_wait(describe(cache, "alpha")) << "\n";
  std::cout << asl::sync_wait(describe(cache, "bad1")) << "\n";
  std::cout << "loads after " << cache.loads() << "\n";
}
