// A text editor buffer with undo/redo: commands are polymorphic objects
// whose apply/revert are async (they "save" through an awaited journal);
// a macro command groups others and reverts them in reverse on failure.
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

class Buffer {
public:
  std::string text;
};

class Journal {
public:
  std::vector<std::string> entries;
  ASL_ASYNC asl::Task<void> note(std::string s) {
    co_await Hold{};
    if (s.find("!") != std::string::npos)
      throw std::runtime_error("journal rejects " + s);
    entries.push_back(std::move(s));
  }
};

struct Command {
  virtual ~Command() = default;
  virtual asl::Task<void> apply(Buffer &, Journal &) = 0;
  virtual asl::Task<void> revert(Buffer &, Journal &) = 0;
};

struct Insert : Command {
  std::size_t at;
  std::string s;
  Insert(std::size_t a, std::string t) : at(a), s(std::move(t)) {}
  ASL_ASYNC asl::Task<void> apply(Buffer &b, Journal &j) override {
    co_await j.note("insert " + s);
    b.text.insert(at, s);
  }
  ASL_ASYNC asl::Task<void> revert(Buffer &b, Journal &j) override {
    b.text.erase(at, s.size());
    co_await j.note("uninsert " + s);
  }
};

struct Erase : Command {
  std::size_t at, n;
  std::string removed;
  Erase(std::size_t a, std::size_t k) : at(a), n(k) {}
  ASL_ASYNC asl::Task<void> apply(Buffer &b, Journal &j) override {
    removed = b.text.substr(at, n);
    b.text.erase(at, n);
    co_await j.note("erase " + removed);
  }
  ASL_ASYNC asl::Task<void> revert(Buffer &b, Journal &j) override {
    co_await j.note("unerase " + removed);
    b.text.insert(at, removed);
  }
};

struct Macro : Command {
  std::vector<std::unique_ptr<Command>> parts;
  ASL_ASYNC asl::Task<void> apply(Buffer &b, Journal &j) override {
    std::size_t done = 0;
    std::exception_ptr failure;
    try {
      for (; done < parts.size(); ++done)
        co_await parts[done]->apply(b, j);
    } catch (...) {
      failure = std::current_exception();
    }
    if (failure) {
      while (done-- > 0)
        co_await parts[done]->revert(b, j);
      std::rethrow_exception(failure);
    }
  }
  ASL_ASYNC asl::Task<void> revert(Buffer &b, Journal &j) override {
    for (auto it = parts.rbegin(); it != parts.rend(); ++it)
      co_await (*it)->revert(b, j);
  }
};

class Editor {
  Buffer buf_;
  Journal j_;
  std::vector<std::unique_ptr<Command>> undo_, redo_;

public:
  ASL_ASYNC asl::Task<bool> run(std::unique_ptr<Command> c) {
    try {
      co_await c->apply(buf_, j_);
    } catch (const std::exception &e) {
      std::printf("failed: %s | '%s'\n", e.what(), buf_.text.c_str());
      co_return false;
    }
    undo_.push_back(std::move(c));
    redo_.clear();
    std::printf("ok | '%s'\n", buf_.text.c_str());
    co_return true;
  }
  ASL_ASYNC asl::Task<void> undo() {
    if (undo_.empty())
      co_return;
    auto c = std::move(undo_.back());
    undo_.pop_back();
    co_await c->revert(buf_, j_);
    redo_.push_back(std::move(c));
    std::printf("undo | '%s'\n", buf_.text.c_str());
  }
  ASL_ASYNC asl::Task<void> redo() {
    if (redo_.empty())
      co_return;
    auto c = std::move(redo_.back());
    redo_.pop_back();
    co_await c->apply(buf_, j_);
    undo_.push_back(std::move(c));
    std::printf("redo | '%s'\n", buf_.text.c_str());
  }
  std::size_t journal_size() const { return j_.entries.size(); }
};

ASL_ASYNC asl::Task<void> session(Editor &ed) {
  co_await ed.run(std::make_unique<Insert>(0, "hello world"));
  co_await ed.run(std::make_unique<Erase>(5, 6));
  auto m = std::make_unique<Macro>();
  m->parts.push_back(std::make_unique<Insert>(5, ", there"));
  m->parts.push_back(std::make_unique<Insert>(0, ">> "));
  m->parts.push_back(std::make_unique<Insert>(0, "oops!"));
  co_await ed.run(std::move(m));
  co_await ed.undo();
  co_await ed.undo();
  co_await ed.redo();
  co_await ed.run(std::make_unique<Insert>(5, "!!"));
  co_await ed.undo();
}

int main() {
  Editor ed;
  auto t = session(ed);
  pump();
  asl::sync_wait(std::move(t));
  std::printf("journal %zu\n", ed.journal_size());
}
