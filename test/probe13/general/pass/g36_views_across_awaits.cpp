#include <asl/task.h>

#include <cstdio>
#include <deque>
#include <functional>
#include <utility>

// A scheduler of our own: suspended awaits queue here, drain() resumes
// them in order, on this thread (deterministic output).
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
template <class T> static Later<T> later(T v) {
  return Later<T>{std::move(v)};
}
// A guard whose destructor prints.
struct Guard {
  const char *name;
  explicit Guard(const char *n) : name(n) { std::printf("  [%s\n", name); }
  Guard(const Guard &) = delete;
  Guard &operator=(const Guard &) = delete;
  ~Guard() { std::printf("  %s]\n", name); }
};
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

// A tokenizer that keeps string_views and raw pointers into its buffer
// across awaits (trivially copyable locals pointing into other locals and
// into a member array of a local struct), a span-like aggregate over a
// local array, and views returned from a task that point into a long-lived
// buffer; each read after the awaits sees the current data.

struct Span {
  const int *p;
  size_t n;
  int sum() const {
    int s = 0;
    for (size_t i = 0; i < n; ++i)
      s += p[i];
    return s;
  }
};

struct Line {
  char buf[32];
  size_t len;
};

static const char g_text[] = "alpha beta gamma";

ASL_ASYNC asl::Task<std::string_view> word(size_t i) {
  std::string_view all(g_text);
  size_t b = 0;
  for (size_t k = 0; k < i; ++k)
    b = all.find(' ', b) + 1;
  size_t e = all.find(' ', b);
  co_await later(0);
  co_return all.substr(b, e == std::string_view::npos ? e : e - b);
}

ASL_ASYNC asl::Task<std::string> run() {
  Line l{};
  std::strcpy(l.buf, "key=value;x=1");
  l.len = std::strlen(l.buf);
  std::string_view sv(l.buf, l.len);
  const char *eq = std::strchr(l.buf, '=');
  int arr[5] = {1, 2, 3, 4, 5};
  Span sp{arr + 1, 3};
  co_await later(0);
  l.buf[0] = 'K';
  arr[2] = 30;
  std::string out(sv.substr(0, 3));
  out += "|";
  out += eq + 1;
  out += "|" + std::to_string(sp.sum());
  std::vector<std::string_view> words;
  for (size_t i = 0; i < 3; ++i)
    words.push_back(co_await word(i));
  co_await later(0);
  for (auto w : words)
    out += "|" + std::string(w);
  const char *p = l.buf;
  while (*p && co_await later(*p != ';'))
    ++p;
  out += "|" + std::string(p);
  co_return out;
}

int main() {
  asl::Task<std::string> t = run();
  drain();
  std::printf("%s\n", asl::sync_wait(std::move(t)).c_str());
}
