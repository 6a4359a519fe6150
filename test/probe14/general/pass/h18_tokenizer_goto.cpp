// h18: a streaming tokenizer written C-style with goto: characters come
// from an async source, labels for states, goto out of nested loops and
// a switch, a Guard per token, error recovery jumping to a resync label.
#include <asl/task.h>

#include <cstdio>
#include <deque>
#include <functional>
#include <utility>

// Our own scheduler: suspended awaits queue here, drain() resumes them
// in order, on this thread (deterministic output).
static std::deque<std::function<void()>> g_queue;
[[maybe_unused]] static void drain() {
  while (!g_queue.empty()) {
    auto f = std::move(g_queue.front());
    g_queue.pop_front();
    f();
  }
}
// later(v): suspends once, then yields v.
template <class T> struct Later {
  T val;
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    g_queue.push_back([h]() mutable { h.resume(); });
  }
  T await_resume() { return std::move(val); }
};
template <class T> [[maybe_unused]] static Later<T> later(T v) {
  return Later<T>{std::move(v)};
}
// tick(): suspends once, yields nothing.
struct Tick {
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    g_queue.push_back([h]() mutable { h.resume(); });
  }
  void await_resume() const noexcept {}
};
[[maybe_unused]] static Tick tick() { return {}; }
// A guard whose constructor and destructor print.
struct Guard {
  const char *name;
  explicit Guard(const char *n) : name(n) { std::printf("  [%s\n", name); }
  Guard(const Guard &) = delete;
  Guard &operator=(const Guard &) = delete;
  ~Guard() { std::printf("  %s]\n", name); }
};
#include <string>
#include <vector>

class Source {
public:
  explicit Source(std::string t) : text_(std::move(t)) {}
  ASL_ASYNC asl::Task<int> next() {
    if (pos_ % 4 == 0)
      co_await tick();
    if (pos_ >= text_.size())
      co_return -1;
    co_return static_cast<unsigned char>(text_[pos_++]);
  }

private:
  std::string text_;
  std::size_t pos_ = 0;
};

ASL_ASYNC asl::Task<std::vector<std::string>> tokenize(Source &src) {
  std::vector<std::string> out;
  std::string cur;
  int c = 0;
start:
  c = co_await src.next();
  if (c < 0)
    goto done;
  if (c == ' ')
    goto start;
  if (c >= '0' && c <= '9')
    goto number;
  if (c == '#')
    goto bad;
  out.push_back(std::string(1, static_cast<char>(c)));
  goto start;
number: {
  Guard g("num");
  cur.clear();
  while (c >= '0' && c <= '9') {
    cur += static_cast<char>(c);
    c = co_await src.next();
    switch (c) {
    case '#':
      out.push_back(cur);
      goto bad;
    case -1:
      out.push_back(cur);
      goto done;
    default:
      break;
    }
  }
  out.push_back(cur);
}
  if (c == ' ')
    goto start;
  out.push_back(std::string(1, static_cast<char>(c)));
  goto start;
bad:
  out.push_back("<err>");
  for (;;) {
    c = co_await src.next();
    if (c < 0)
      goto done;
    if (c == ' ')
      goto start;
  }
done:
  co_return out;
}

int main() {
  Source s("12+3 * (45-6) #oops x 7# 8");
  auto t = tokenize(s);
  drain();
  for (const auto &tok : asl::sync_wait(std::move(t)))
    std::printf("%s ", tok.c_str());
  std::printf("\n");
}
