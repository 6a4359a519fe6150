// A tokenizer state machine: a switch on the state inside a while loop,
// awaiting the next character from an async stream in several cases.
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

struct Stream {
  std::string_view src;
  std::size_t pos = 0;
  ASL_ASYNC asl::Task<int> next() {
    co_await Hold{};
    co_return pos < src.size() ? src[pos++] : -1;
  }
};

enum class St { Start, Word, Number, Done };

ASL_ASYNC asl::Task<std::vector<std::string>> lex(Stream &in) {
  std::vector<std::string> toks;
  std::string cur;
  St st = St::Start;
  int c = co_await in.next();
  while (st != St::Done) {
    switch (st) {
    case St::Start:
      if (c < 0) {
        st = St::Done;
      } else if (c >= '0' && c <= '9') {
        st = St::Number;
      } else if (c == ' ') {
        c = co_await in.next();
      } else {
        st = St::Word;
      }
      break;
    case St::Word:
    case St::Number: {
      bool digit = c >= '0' && c <= '9';
      if (c < 0 || c == ' ' || (st == St::Word) == digit) {
        toks.push_back((st == St::Word ? "W:" : "N:") + cur);
        cur.clear();
        st = St::Start;
        continue;
      }
      cur += static_cast<char>(c);
      c = co_await in.next();
      break;
    }
    case St::Done:
      break;
    }
  }
  co_return toks;
}

ASL_ASYNC asl::Task<int> run() {
  Stream s{"ab 12cd  7 x"};
  auto toks = co_await lex(s);
  for (auto &t : toks)
    std::printf("%s\n", t.c_str());
  co_return static_cast<int>(toks.size());
}

int main() {
  auto t = run();
  pump();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
