// A recursive async JSON-ish parser: variant values, unique_ptr children,
// recursion through co_await, exceptions for bad input, switch on chars.
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

#include <cctype>
struct Value;
using Object = std::vector<std::pair<std::string, std::unique_ptr<Value>>>;
struct Value {
  std::variant<long, std::string, Object> v;
};

struct Source {
  std::string text;
  std::size_t pos = 0;
  ASL_ASYNC asl::Task<char> peek() {
    co_await Gate{};
    while (pos < text.size() && text[pos] == ' ')
      ++pos;
    co_return pos < text.size() ? text[pos] : '\0';
  }
};

ASL_ASYNC asl::Task<std::unique_ptr<Value>> parse(Source &s, int depth) {
  R r("depth" + std::to_string(depth));
  auto out = std::make_unique<Value>();
  switch (char c = co_await s.peek()) {
  case '{': {
    ++s.pos;
    Object obj;
    while (co_await s.peek() != '}') {
      std::string key;
      while (std::isalpha(static_cast<unsigned char>(co_await s.peek())))
        key += s.text[s.pos++];
      if (co_await s.peek() != ':')
        throw std::runtime_error("expected : at " + std::to_string(s.pos));
      ++s.pos;
      obj.emplace_back(key, co_await parse(s, depth + 1));
      if (co_await s.peek() == ',')
        ++s.pos;
    }
    ++s.pos;
    out->v = std::move(obj);
    break;
  }
  case '"': {
    std::string str;
    for (++s.pos; s.text.at(s.pos) != '"'; ++s.pos)
      str += s.text[s.pos];
    ++s.pos;
    out->v = str;
    break;
  }
  default:
    if (!std::isdigit(static_cast<unsigned char>(c)))
      throw std::runtime_error(std::string("bad char ") + c);
    long n = 0;
    while (std::isdigit(static_cast<unsigned char>(co_await s.peek())))
      n = n * 10 + (s.text[s.pos++] - '0');
    out->v = n;
  }
  co_return out;
}

static void print(const Value &v) {
  if (auto *n = std::get_if<long>(&v.v))
    std::printf("%ld", *n);
  else if (auto *s = std::get_if<std::string>(&v.v))
    std::printf("\"%s\"", s->c_str());
  else {
    std::printf("{");
    for (auto &[k, c] : std::get<Object>(v.v)) {
      std::printf("%s=", k.c_str());
      print(*c);
      std::printf(";");
    }
    std::printf("}");
  }
}

int main() {
  for (const char *text : {"{a: 12, b: {c: \"hi\", d: 3}}", "{a: 1, b: ?}",
                           "{x 1}"}) {
    Source s{text};
    auto t = parse(s, 0);
    drain();
    try {
      auto v = asl::sync_wait(std::move(t));
      print(*v);
      std::printf("\n");
    } catch (const std::exception &e) {
      std::printf("error: %s\n", e.what());
    }
  }
}
