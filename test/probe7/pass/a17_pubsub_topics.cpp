// A publish/subscribe broker: subscribers await messages on per-subscriber
// channels, topics match by prefix, unsubscribe closes the channel, and a
// slow subscriber with capacity 1 applies back-pressure to the publisher.
#include <asl/event.h>
#include <asl/task.h>
#include <asl/when_all.h>
#include <asl/when_any.h>
#include <asl/channel.h>
#include <asl/mutex.h>
#include <asl/thread_pool.h>
#include <asl/timer_queue.h>
#include <asl/cancellation.h>

#include <algorithm>
#include <any>
#include <array>
#include <bitset>
#include <chrono>
#include <complex>
#include <iostream>
#include <list>
#include <set>
#include <sstream>
#include <thread>
#include <unordered_map>
#include <cstdint>
#include <cstring>
#include <exception>
#include <cstdio>
#include <deque>
#include <functional>
#include <map>
#include <queue>
#include <numeric>
#include <cctype>
#include <mutex>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

// T prints its life; a moved-from T is silent, so extra moves do not show.
struct T {
  std::string n;
  explicit T(std::string s) : n(std::move(s)) {
    std::printf("+%s\n", n.c_str());
  }
  T(const T &o) : n(o.n + "'") { std::printf("+%s\n", n.c_str()); }
  T(T &&o) noexcept : n(std::move(o.n)) { o.n.clear(); }
  T &operator=(const T &o) {
    n = o.n + "=";
    std::printf("=%s\n", n.c_str());
    return *this;
  }
  T &operator=(T &&o) noexcept {
    n = std::move(o.n);
    o.n.clear();
    return *this;
  }
  ~T() {
    if (!n.empty())
      std::printf("-%s\n", n.c_str());
  }
};

// Hold suspends; pump() resumes the suspended tasks in order.
static std::deque<std::function<void()>> parked;
struct Hold {
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    parked.push_back([h] { h.resume(); });
  }
  void await_resume() const noexcept {}
};
inline void pump() {
  while (!parked.empty()) {
    auto f = std::move(parked.front());
    parked.pop_front();
    f();
  }
}

ASL_ASYNC asl::Task<int> num(const char *tag, int v) {
  std::printf("num %s\n", tag);
  co_await Hold{};
  co_return v;
}

ASL_ASYNC asl::Task<std::string> text(std::string v) {
  co_await Hold{};
  co_return v;
}

ASL_ASYNC asl::Task<bool> yes(const char *tag, bool v) {
  std::printf("yes %s\n", tag);
  co_await Hold{};
  co_return v;
}

struct Msg {
  std::string topic;
  int n;
};

class Broker {
  struct Sub {
    std::string prefix;
    std::shared_ptr<asl::Channel<Msg>> ch;
  };
  std::map<int, Sub> subs_;
  int next_id_ = 0;

public:
  std::pair<int, std::shared_ptr<asl::Channel<Msg>>>
  subscribe(std::string prefix, std::size_t cap) {
    auto ch = std::make_shared<asl::Channel<Msg>>(cap);
    subs_[next_id_] = Sub{std::move(prefix), ch};
    return {next_id_++, ch};
  }
  void unsubscribe(int id) {
    auto it = subs_.find(id);
    if (it != subs_.end()) {
      it->second.ch->close();
      subs_.erase(it);
    }
  }
  ASL_ASYNC asl::Task<int> publish(Msg m) {
    int delivered = 0;
    std::vector<std::shared_ptr<asl::Channel<Msg>>> targets;
    for (auto &[id, s] : subs_)
      if (m.topic.compare(0, s.prefix.size(), s.prefix) == 0)
        targets.push_back(s.ch);
    for (auto &ch : targets) {
      co_await ch->send(m);
      ++delivered;
    }
    co_return delivered;
  }
  void close_all() {
    for (auto &[id, s] : subs_)
      s.ch->close();
    subs_.clear();
  }
};

ASL_ASYNC asl::Task<std::string>
subscriber(std::shared_ptr<asl::Channel<Msg>> ch, std::string name, bool slow) {
  std::string seen = name + ":";
  while (auto m = co_await ch->receive()) {
    seen += " " + m->topic + "#" + std::to_string(m->n);
    if (slow) {
      co_await Hold{};
      co_await Hold{};
    }
  }
  co_return seen;
}

ASL_ASYNC asl::Task<void> scenario() {
  Broker b;
  auto [id_all, ch_all] = b.subscribe("", 8);
  auto [id_news, ch_news] = b.subscribe("news/", 1);
  auto [id_sport, ch_sport] = b.subscribe("news/sport", 1);
  auto s1 = subscriber(ch_all, "all", false);
  auto s2 = subscriber(ch_news, "news", true);
  auto s3 = subscriber(ch_sport, "sport", false);
  int total = 0;
  total += co_await b.publish({"news/world", 1});
  total += co_await b.publish({"news/sport/f1", 2});
  total += co_await b.publish({"weather", 3});
  b.unsubscribe(id_news);
  (void)id_all;
  (void)id_sport;
  total += co_await b.publish({"news/sport/tennis", 4});
  b.close_all();
  std::printf("delivered %d\n", total);
  std::printf("%s\n", (co_await std::move(s1)).c_str());
  std::printf("%s\n", (co_await std::move(s2)).c_str());
  std::printf("%s\n", (co_await std::move(s3)).c_str());
}

int main() {
  auto t = scenario();
  pump();
  asl::sync_wait(std::move(t));
}
