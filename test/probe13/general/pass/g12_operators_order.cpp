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
#include <map>
#include <string>
#include <vector>

// A small big-number / stream library with overloaded operators, used with
// awaits in operands where C++17 fixes the order: << chains on a custom
// stream, E1[E2] with both sides awaiting, assignment (right side first)
// and compound assignment, calls through an awaited callee, and member
// access through -> on an awaited pointer.

static std::string g_trace;
static int tr(const char *s, int v) {
  g_trace += s;
  return v;
}

struct Out {
  std::string buf;
  Out &operator<<(int v) {
    buf += std::to_string(v) + ",";
    return *this;
  }
  Out &operator<<(const std::string &s) {
    buf += s + ",";
    return *this;
  }
};

struct Big {
  std::vector<int> d; // little-endian base 10
  explicit Big(long v = 0) {
    do {
      d.push_back(static_cast<int>(v % 10));
      v /= 10;
    } while (v);
  }
  Big &operator+=(const Big &o) {
    int carry = 0;
    for (size_t i = 0; i < std::max(d.size(), o.d.size()) || carry; ++i) {
      if (i == d.size())
        d.push_back(0);
      int s = d[i] + carry + (i < o.d.size() ? o.d[i] : 0);
      d[i] = s % 10;
      carry = s / 10;
    }
    return *this;
  }
  friend Big operator+(Big a, const Big &b) { return a += b; }
  int &operator[](size_t i) { return d.at(i); }
  std::string str() const {
    std::string s;
    for (auto it = d.rbegin(); it != d.rend(); ++it)
      s += static_cast<char>(*it + 0x30);
    return s;
  }
};

static Out &out_of(std::map<int, Out> &m, int k) {
  g_trace += "m";
  return m[k];
}

ASL_ASYNC asl::Task<int> val(const char *tag, int v) {
  g_trace += tag;
  co_return co_await later(v);
}

ASL_ASYNC asl::Task<Big *> ptr(Big &b) {
  g_trace += "p";
  co_await later(0);
  co_return &b;
}

using Fn = int (*)(int);
static int twice(int x) { return x * 2; }
ASL_ASYNC asl::Task<Fn> callee() {
  g_trace += "c";
  co_return co_await later(&twice);
}

ASL_ASYNC asl::Task<std::string> run() {
  std::map<int, Out> outs;
  out_of(outs, 1) << co_await val("a", 1) << tr("b", 2)
                  << co_await val("c", 3);
  out_of(outs, tr("k", 2)) << std::string("s") << co_await val("d", 4);
  g_trace += "|";
  Big b(95);
  b[tr("i", 0)] = co_await val("r", 7);
  g_trace += "|";
  b += Big(co_await val("x", 8));
  Big c = b + Big(co_await val("y", 900)) + b;
  g_trace += "|";
  int f = (co_await callee())(co_await val("z", 21));
  g_trace += "|";
  int g = (co_await ptr(c))->d[tr("j", 1)] + tr("w", 0);
  std::vector<int> idx{10, 20, 30};
  idx[co_await val("I", 2)] += co_await val("R", 5) * tr("m", 1);
  std::printf("  %s %s\n", outs[1].buf.c_str(), outs[2].buf.c_str());
  std::printf("  b=%s c=%s f=%d g=%d idx2=%d\n", b.str().c_str(),
              c.str().c_str(), f, g, idx[2]);
  co_return g_trace;
}

int main() {
  asl::Task<std::string> t = run();
  drain();
  std::printf("trace %s\n", asl::sync_wait(std::move(t)).c_str());
}
