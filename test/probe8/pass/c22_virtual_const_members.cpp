// c22: an interface of virtual async methods (const and not), overrides
// awaiting the base's, a const async member reading state across awaits.
#include <asl/cancellation.h>
#include <asl/channel.h>
#include <asl/event.h>
#include <asl/mutex.h>
#include <asl/task.h>
#include <asl/thread_pool.h>
#include <asl/when_all.h>
#include <asl/when_any.h>

#include <array>
#include <cstdio>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
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


class Store {
public:
  virtual ~Store() = default;
  ASL_ASYNC virtual asl::Task<std::string> get(int key) const = 0;
  ASL_ASYNC virtual asl::Task<void> put(int key, std::string v) = 0;
  ASL_ASYNC asl::Task<std::string> get_or(int key, std::string def) const {
    std::string v = co_await get(key);
    co_return v.empty() ? def : v;
  }
};

class MapStore : public Store {
public:
  ASL_ASYNC asl::Task<std::string> get(int key) const override {
    co_await later(key);
    auto it = data_.find(key);
    co_return it == data_.end() ? std::string() : it->second;
  }
  ASL_ASYNC asl::Task<void> put(int key, std::string v) override {
    co_await later(key);
    data_[key] = std::move(v);
  }

private:
  std::map<int, std::string> data_;
};

class Upper : public MapStore {
public:
  ASL_ASYNC asl::Task<std::string> get(int key) const override {
    ++reads_;
    std::string v = co_await MapStore::get(key);
    for (char &c : v)
      c = static_cast<char>(c - 32 * (c >= 'a' && c <= 'z'));
    co_return v + "#" + std::to_string(reads_);
  }

private:
  mutable int reads_ = 0;
};

ASL_ASYNC asl::Task<int> app() {
  std::vector<std::unique_ptr<Store>> stores;
  stores.push_back(std::make_unique<MapStore>());
  stores.push_back(std::make_unique<Upper>());
  int n = 0;
  for (auto &s : stores) {
    co_await s->put(1, "one");
    co_await s->put(2, "two");
    const Store &cs = *s;
    std::string a = co_await cs.get(1);
    std::string b = co_await cs.get_or(3, "none");
    std::printf("%s %s %s\n", a.c_str(), b.c_str(),
                (co_await s->get(2)).c_str());
    n += static_cast<int>(a.size() + b.size());
  }
  co_return n;
}

int main() { std::printf("n=%d\n", drive(app())); }
