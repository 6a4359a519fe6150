// A config reader class holding a std::string and string_view members into
// it; async member trims and splits key=value lines across awaits.
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

class Config {
public:
  explicit Config(std::string text) : text_(std::move(text)) {}
  ASL_ASYNC asl::Task<int> load() {
    std::string_view rest = text_;
    int n = 0;
    while (!rest.empty()) {
      std::size_t nl = rest.find('\n');
      std::string_view line = rest.substr(0, nl);
      rest = nl == std::string_view::npos ? std::string_view{}
                                          : rest.substr(nl + 1);
      co_await Hold{};
      std::size_t eq = line.find('=');
      if (eq == std::string_view::npos)
        continue;
      keys_.push_back(trim(line.substr(0, eq)));
      vals_.push_back(trim(line.substr(eq + 1)));
      ++n;
    }
    co_return n;
  }
  void dump() const {
    for (std::size_t i = 0; i < keys_.size(); ++i)
      std::printf("'%.*s'='%.*s'\n", static_cast<int>(keys_[i].size()),
                  keys_[i].data(), static_cast<int>(vals_[i].size()),
                  vals_[i].data());
  }

private:
  static std::string_view trim(std::string_view s) {
    while (!s.empty() && s.front() == ' ')
      s.remove_prefix(1);
    while (!s.empty() && s.back() == ' ')
      s.remove_suffix(1);
    return s;
  }
  std::string text_;
  std::vector<std::string_view> keys_, vals_;
};

ASL_ASYNC asl::Task<int> run() {
  Config c(" a = 1\njunk\nname= bob \n x=  y z ");
  int n = co_await c.load();
  c.dump();
  co_return n;
}

int main() {
  auto t = run();
  pump();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
