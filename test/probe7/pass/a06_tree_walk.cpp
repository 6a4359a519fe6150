// An async tree walk: a directory-like tree whose children are "fetched"
// asynchronously; depth-first sizes, a breadth-first listing with a deque of
// pending nodes, and a search that stops early through an exception.
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

struct Node {
  std::string name;
  int size = 0;
  std::vector<std::unique_ptr<Node>> kids;
  Node *parent = nullptr;
};

Node *add(Node &p, std::string name, int size = 0) {
  p.kids.push_back(std::make_unique<Node>());
  Node *n = p.kids.back().get();
  n->name = std::move(name);
  n->size = size;
  n->parent = &p;
  return n;
}

ASL_ASYNC asl::Task<const std::vector<std::unique_ptr<Node>> *>
children(const Node &n) {
  co_await Hold{};
  co_return &n.kids;
}

std::string path_of(const Node *n) {
  std::string p;
  for (; n; n = n->parent)
    p = "/" + n->name + p;
  return p;
}

ASL_ASYNC asl::Task<long> du(const Node &n, int depth) {
  long total = n.size;
  for (const auto &k : *co_await children(n))
    total += co_await du(*k, depth + 1);
  std::printf("%*s%s %ld\n", depth * 2, "", n.name.c_str(), total);
  co_return total;
}

ASL_ASYNC asl::Task<std::vector<std::string>> bfs(const Node &root) {
  std::deque<const Node *> todo{&root};
  std::vector<std::string> out;
  while (!todo.empty()) {
    const Node *n = todo.front();
    todo.pop_front();
    out.push_back(path_of(n));
    const auto *ks = co_await children(*n);
    for (auto it = ks->rbegin(); it != ks->rend(); ++it)
      todo.push_back(it->get());
  }
  co_return out;
}

struct Found {
  const Node *node;
};

ASL_ASYNC asl::Task<void> search(const Node &n, const std::string &want,
                                 int &visited) {
  ++visited;
  if (n.name == want)
    throw Found{&n};
  for (const auto &k : *co_await children(n))
    co_await search(*k, want, visited);
}

ASL_ASYNC asl::Task<std::string> find(const Node &root, std::string want) {
  int visited = 0;
  try {
    co_await search(root, want, visited);
  } catch (const Found &f) {
    co_return path_of(f.node) + " after " + std::to_string(visited);
  }
  co_return want + " not found after " + std::to_string(visited);
}

int main() {
  Node root;
  root.name = "r";
  Node *etc = add(root, "etc", 1);
  add(*etc, "hosts", 3);
  add(*etc, "passwd", 5);
  Node *usr = add(root, "usr", 1);
  Node *lib = add(*usr, "lib", 1);
  add(*lib, "libc.so", 700);
  add(*lib, "libm.so", 90);
  add(*usr, "bin", 40);
  auto t1 = du(root, 0);
  pump();
  std::printf("du %ld\n", asl::sync_wait(std::move(t1)));
  auto t2 = bfs(root);
  pump();
  for (const auto &p : asl::sync_wait(std::move(t2)))
    std::printf("%s\n", p.c_str());
  for (const char *w : {"libm.so", "bin", "nope"}) {
    auto t3 = find(root, w);
    pump();
    std::printf("%s\n", asl::sync_wait(std::move(t3)).c_str());
  }
}
