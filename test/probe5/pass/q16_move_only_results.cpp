// Move-only results: Task<unique_ptr<Node>> building a linked list, and a
// move-only class returned from a local with co_return name;.
#include <asl/event.h>
#include <asl/task.h>

#include <array>
#include <cstdio>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
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
  int v;
  std::unique_ptr<Node> next;
};
struct Buffer {
  std::unique_ptr<int[]> data;
  std::size_t n;
  explicit Buffer(std::size_t k) : data(new int[k]), n(k) {}
  Buffer(Buffer &&) = default;
  Buffer &operator=(Buffer &&) = default;
};

ASL_ASYNC asl::Task<std::unique_ptr<Node>> build(int n) {
  std::unique_ptr<Node> head;
  for (int i = n; i > 0; --i) {
    auto node = std::make_unique<Node>();
    node->v = co_await num("v", i);
    node->next = std::move(head);
    head = std::move(node);
  }
  co_return head;
}

ASL_ASYNC asl::Task<Buffer> fill(std::size_t k) {
  Buffer b(k);
  for (std::size_t i = 0; i < k; ++i)
    b.data[i] = co_await num("f", static_cast<int>(i * i));
  co_return b;
}

ASL_ASYNC asl::Task<int> run() {
  auto list = co_await build(3);
  int s = 0;
  for (Node *p = list.get(); p; p = p->next.get())
    s = s * 10 + p->v;
  Buffer b = co_await fill(4);
  for (std::size_t i = 0; i < b.n; ++i)
    s += b.data[i];
  co_return s;
}

int main() {
  auto t = run();
  pump();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
