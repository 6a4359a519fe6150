// c70: standard algorithms around awaits: keys fetched by awaits then a
// sort with a lambda capturing them, an awaited comparator's state in an
// init-capture, std::accumulate over awaited results, erase-remove.
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


#include <algorithm>
#include <numeric>

ASL_ASYNC asl::Task<int> weight(std::string s) {
  co_await later(static_cast<int>(s.size()));
  co_return static_cast<int>(s.size() * 7 % 5);
}

ASL_ASYNC asl::Task<std::vector<std::string>> app() {
  std::vector<std::string> names{"kiwi", "fig", "banana", "apple", "date"};
  std::map<std::string, int> w;
  for (auto &n : names)
    w[n] = co_await weight(n);
  std::sort(names.begin(), names.end(),
            [&w](const std::string &a, const std::string &b) {
              return w[a] != w[b] ? w[a] < w[b] : a < b;
            });
  names.erase(std::remove_if(names.begin(), names.end(),
                             [cut = co_await later(5)](const std::string &s) {
                               return static_cast<int>(s.size()) > cut;
                             }),
              names.end());
  std::vector<int> ws;
  for (auto &n : names)
    ws.push_back(co_await weight(n));
  int total = std::accumulate(ws.begin(), ws.end(), co_await now(100));
  names.push_back(std::to_string(total));
  co_return names;
}

int main() {
  for (auto &n : drive(app()))
    std::printf("%s\n", n.c_str());
}
