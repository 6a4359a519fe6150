// g72: a C# port of a download manager: CancellationTokenSource and
// tokens passed down, Event.wait(token) that ends with
// operation_cancelled, a CancellationRegistration kept across awaits, a
// progress callback capturing lifted locals, a finally-like guard
// object, and a summary; one download cancelled mid-way by another task.
#include <asl/event.h>
#include <asl/task.h>
#include <asl/when_all.h>

#include <any>
#include <array>
#include <atomic>
#include <cstdio>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <typeinfo>
#include <utility>
#include <variant>
#include <vector>

// Tr prints its life; a copy gets a "'" and prints; a moved-from Tr is
// silent, so extra moves do not show (a documented deviation).
struct Tr {
  std::string n;
  explicit Tr(std::string s) : n(std::move(s)) {
    std::printf("+%s\n", n.c_str());
  }
  Tr(const Tr &o) : n(o.n + "'") { std::printf("+%s\n", n.c_str()); }
  Tr(Tr &&o) noexcept : n(std::move(o.n)) { o.n.clear(); }
  Tr &operator=(const Tr &o) {
    std::printf("%s=%s\n", n.c_str(), o.n.c_str());
    n = o.n + "=";
    return *this;
  }
  Tr &operator=(Tr &&o) noexcept {
    std::printf("%s<-%s\n", n.c_str(), o.n.c_str());
    n = std::move(o.n);
    o.n.clear();
    return *this;
  }
  ~Tr() {
    if (!n.empty())
      std::printf("-%s\n", n.c_str());
  }
};

// Resumers of custom awaiters; pump() runs them and sets events, FIFO.
static std::deque<std::function<void()>> resumers;
static std::deque<asl::Event *> waiting;
inline void pump() {
  while (!waiting.empty() || !resumers.empty()) {
    if (!waiting.empty()) {
      asl::Event *e = waiting.front();
      waiting.pop_front();
      e->set();
    } else {
      auto f = std::move(resumers.front());
      resumers.pop_front();
      f();
    }
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

#include <asl/cancellation.h>
struct Finally {
  std::function<void()> f;
  ~Finally() { f(); }
};
static std::vector<struct Chunk *> pending, current;
struct Chunk {
  asl::Event ready;
  int bytes = 0;
  Chunk() = default;
  Chunk(const Chunk &) = delete;
  ~Chunk() {
    for (auto *v : {&pending, &current})
      for (Chunk *&p : *v)
        if (p == this)
          p = nullptr;
  }
};
ASL_ASYNC asl::Task<int> fetchChunk(int bytes, asl::CancellationToken tok) {
  Chunk c;
  c.bytes = bytes;
  pending.push_back(&c);
  co_await c.ready.wait(tok);
  co_return c.bytes;
}
ASL_ASYNC asl::Task<int> download(std::string name, int chunks,
                                  asl::CancellationToken tok) {
  int total = 0;
  std::string progress;
  auto report = [&](int b) { progress += std::to_string(b) + ","; };
  bool stopped = false;
  asl::CancellationRegistration<std::function<void()>> reg(
      tok, std::function<void()>([&stopped, &name] {
        stopped = true;
        std::printf("cancel callback %s\n", name.c_str());
      }));
  Finally fin{[&] {
    std::printf("finally %s total %d progress %s stopped %d\n", name.c_str(),
                total, progress.c_str(), stopped);
  }};
  try {
    for (int i = 0; i < chunks; ++i) {
      int b = co_await fetchChunk(10 * (i + 1), tok);
      total += b;
      report(b);
    }
  } catch (const asl::operation_cancelled &) {
    std::printf("%s cancelled after %d\n", name.c_str(), total);
    co_return -total;
  }
  co_return total;
}
int main() {
  asl::CancellationSource src;
  asl::CancellationSource other;
  asl::Task<int> a = download("a", 3, src.token());
  asl::Task<int> b = download("b", 2, other.token());
  for (int round = 0; round < 4; ++round) {
    current.clear();
    current.swap(pending);
    if (round == 1) {
      std::printf("cancelling a\n");
      src.cancel();
    }
    for (std::size_t i = 0; i < current.size(); ++i)
      if (Chunk *c = current[i])
        c->ready.set();
  }
  std::printf("%d %d\n", asl::sync_wait(std::move(a)),
              asl::sync_wait(std::move(b)));
}
