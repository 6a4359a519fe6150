// A recursive-descent parser over an async character source: awaits in
// while/if conditions, recursion through member calls, exceptions for
// syntax errors caught at the top, a std::map built with awaited keys.
#include <asl/task.h>
#include <cctype>
#include <cstdio>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

struct Value {
  enum Kind { Num, List, Obj } kind = Num;
  long num = 0;
  std::vector<Value> items;
  std::map<std::string, Value> fields;
};

class Parser {
public:
  explicit Parser(std::string s) : src_(std::move(s)) {}
  ASL_ASYNC asl::Task<char> peek() {
    while (pos_ < src_.size() && src_[pos_] == ' ')
      ++pos_;
    co_return pos_ < src_.size() ? src_[pos_] : '\0';
  }
  ASL_ASYNC asl::Task<char> take() {
    char c = co_await peek();
    ++pos_;
    co_return c;
  }
  ASL_ASYNC asl::Task<void> expect(char c) {
    if (char got = co_await take(); got != c)
      throw std::runtime_error(std::string("expected ") + c + " got " +
                               (got ? std::string(1, got) : "end"));
  }
  ASL_ASYNC asl::Task<std::string> key() {
    std::string k;
    while (std::isalpha((unsigned char)co_await peek()))
      k += co_await take();
    co_return k;
  }
  ASL_ASYNC asl::Task<Value> value() {
    Value v;
    switch (char c = co_await peek()) {
    case '[':
      v.kind = Value::List;
      co_await take();
      while (co_await peek() != ']') {
        v.items.push_back(co_await value());
        if (co_await peek() == ',')
          co_await take();
      }
      co_await expect(']');
      break;
    case '{':
      v.kind = Value::Obj;
      co_await take();
      do {
        std::string k = co_await key();
        co_await expect(':');
        v.fields.emplace(k, co_await value());
      } while (co_await peek() == ',' && co_await take());
      co_await expect('}');
      break;
    default:
      if (!std::isdigit((unsigned char)c))
        throw std::runtime_error(std::string("bad char ") +
                                 (c ? std::string(1, c) : "end"));
      while (std::isdigit((unsigned char)co_await peek()))
        v.num = v.num * 10 + (co_await take() - '0');
    }
    co_return v;
  }

private:
  std::string src_;
  size_t pos_ = 0;
};

static std::string dump(const Value &v) {
  switch (v.kind) {
  case Value::Num:
    return std::to_string(v.num);
  case Value::List: {
    std::string s = "[";
    for (auto &i : v.items)
      s += dump(i) + ";";
    return s + "]";
  }
  default: {
    std::string s = "{";
    for (auto &[k, f] : v.fields)
      s += k + "=" + dump(f) + ";";
    return s + "}";
  }
  }
}

ASL_ASYNC asl::Task<std::string> parse(std::string text) {
  Parser p(text);
  try {
    Value v = co_await p.value();
    co_return dump(v);
  } catch (const std::exception &e) {
    co_return std::string("error: ") + e.what();
  }
}

int main() {
  for (const char *s : {"[1, 22, [3]]", "{a: 1, bc: [4, 5], d: {e: 6}}",
                        "[1, {x 2}]", "[7, ?]"})
    std::printf("%s -> %s\n", s, asl::sync_wait(parse(s)).c_str());
}
