// Shortest paths over a graph whose adjacency is fetched asynchronously
// (Dijkstra with a priority queue), plus a cycle check by async DFS with
// colors kept in an unordered_map, and a topological order.
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

using Adj = std::vector<std::pair<int, int>>;

struct Graph {
  std::map<int, Adj> edges;
  int fetches = 0;
  ASL_ASYNC asl::Task<Adj> neighbours(int v) {
    ++fetches;
    co_await Hold{};
    auto it = edges.find(v);
    co_return it == edges.end() ? Adj{} : it->second;
  }
};

ASL_ASYNC asl::Task<std::map<int, int>> dijkstra(Graph &g, int src) {
  std::map<int, int> dist{{src, 0}};
  using QE = std::pair<int, int>;
  std::priority_queue<QE, std::vector<QE>, std::greater<QE>> pq;
  pq.push({0, src});
  std::set<int> done;
  while (!pq.empty()) {
    auto [d, v] = pq.top();
    pq.pop();
    if (!done.insert(v).second)
      continue;
    for (auto [w, cost] : co_await g.neighbours(v)) {
      int nd = d + cost;
      auto it = dist.find(w);
      if (it == dist.end() || nd < it->second) {
        dist[w] = nd;
        pq.push({nd, w});
      }
    }
  }
  co_return dist;
}

enum class Color { White, Grey, Black };

ASL_ASYNC asl::Task<bool> dfs(Graph &g, int v,
                              std::unordered_map<int, Color> &color,
                              std::vector<int> &post) {
  color[v] = Color::Grey;
  Adj adj = co_await g.neighbours(v);
  for (const auto &e : adj) {
    Color c = color.count(e.first) ? color[e.first] : Color::White;
    if (c == Color::Grey)
      co_return true;
    if (c == Color::White && co_await dfs(g, e.first, color, post))
      co_return true;
  }
  color[v] = Color::Black;
  post.push_back(v);
  co_return false;
}

ASL_ASYNC asl::Task<void> analyze(Graph &g, std::string label) {
  auto dist = co_await dijkstra(g, 1);
  std::printf("%s dist:", label.c_str());
  for (auto [v, d] : dist)
    std::printf(" %d:%d", v, d);
  std::unordered_map<int, Color> color;
  std::vector<int> post;
  bool cyclic = false;
  for (const auto &kv : g.edges)
    if (!color.count(kv.first) &&
        (cyclic = co_await dfs(g, kv.first, color, post)))
      break;
  std::printf(" | cyclic %d", cyclic);
  if (!cyclic) {
    std::printf(" topo:");
    for (auto it = post.rbegin(); it != post.rend(); ++it)
      std::printf(" %d", *it);
  }
  std::printf(" | fetches %d\n", g.fetches);
}

int main() {
  Graph dag{{{1, {{2, 7}, {3, 2}}},
             {3, {{2, 3}, {4, 8}}},
             {2, {{4, 1}}},
             {4, {{5, 1}}},
             {6, {{1, 1}}}}};
  Graph cyc{{{1, {{2, 1}}}, {2, {{3, 1}}}, {3, {{1, 1}, {4, 5}}}}};
  for (auto *g : {&dag, &cyc}) {
    auto t = analyze(*g, g == &dag ? "dag" : "cyc");
    pump();
    asl::sync_wait(std::move(t));
  }
}
