// Line reader: reads a buffer asynchronously, splits lines, keeps partial
// line state across awaits, string_view into a lifted string across awaits.
#include <asl/event.h>
#include <asl/task.h>

#include <cstdio>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <variant>
#include <vector>

// R prints its life; a moved-from R is silent, so extra moves do not show.
struct R {
  std::string n;
  explicit R(std::string s) : n(std::move(s)) {
    std::printf("+%s\n", n.c_str());
  }
  R(const R &o) : n(o.n + "'") { std::printf("+%s\n", n.c_str()); }
  R(R &&o) noexcept : n(std::move(o.n)) { o.n.clear(); }
  R &operator=(const R &o) {
    n = o.n + "=";
    std::printf("=%s\n", n.c_str());
    return *this;
  }
  R &operator=(R &&o) noexcept {
    n = std::move(o.n);
    o.n.clear();
    return *this;
  }
  ~R() {
    if (!n.empty())
      std::printf("-%s\n", n.c_str());
  }
  const std::string &name() const { return n; }
};

// Gate suspends; drain() resumes the suspended tasks in order.
static std::deque<std::function<void()>> pending;
struct Gate {
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    pending.push_back([h] { h.resume(); });
  }
  void await_resume() const noexcept {}
};
inline void drain() {
  while (!pending.empty()) {
    auto f = std::move(pending.front());
    pending.pop_front();
    f();
  }
}

ASL_ASYNC asl::Task<int> val(const char *tag, int v) {
  std::printf("val %s\n", tag);
  co_await Gate{};
  std::printf("val %s -> %d\n", tag, v);
  co_return v;
}

ASL_ASYNC asl::Task<std::string> str(const char *tag, std::string v) {
  std::printf("str %s\n", tag);
  co_await Gate{};
  co_return v;
}

inline int side(const char *tag, int v) {
  std::printf("side %s\n", tag);
  return v;
}

#include <string_view>
struct Stream {
  std::vector<std::string> parts{"alpha\nbe", "ta\n", "", "gam", "ma\ndelta"};
  std::size_t i = 0;
  ASL_ASYNC asl::Task<std::optional<std::string>> read() {
    co_await Gate{};
    if (i == parts.size())
      co_return std::nullopt;
    co_return parts[i++];
  }
};

ASL_ASYNC asl::Task<std::vector<std::string>> lines(Stream &s) {
  std::vector<std::string> out;
  std::string partial;
  for (;;) {
    auto chunk = co_await s.read();
    if (!chunk)
      break;
    partial += *chunk;
    std::string_view view(partial);
    std::size_t nl;
    while ((nl = view.find('\n')) != std::string_view::npos) {
      std::string_view line = view.substr(0, nl);
      co_await Gate{};
      out.emplace_back(line);
      view.remove_prefix(nl + 1);
    }
    partial = std::string(view);
  }
  if (!partial.empty())
    out.push_back(partial);
  co_return out;
}

int main() {
  Stream s;
  auto t = lines(s);
  drain();
  for (auto &l : asl::sync_wait(std::move(t)))
    std::printf("<%s>\n", l.c_str());
}
