// An async JSON reader (System.Text.Json's Utf8JsonReader over a
// PipeReader, simplified): recursive descent over a buffer refilled by an
// awaited source, a JsonValue with std::variant of null/bool/double/
// string/array/object (array and object through unique_ptr), awaits in
// switch conditions and loop heads, errors thrown deep and caught at the
// top with the position.
#include <asl/task.h>

#include <iostream>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <variant>
#include <vector>

struct JsonValue;
using JsonArray = std::vector<JsonValue>;
using JsonObject = std::map<std::string, JsonValue>;
struct JsonValue {
  std::variant<std::nullptr_t, bool, double, std::string,
               std::unique_ptr<JsonArray>, std::unique_ptr<JsonObject>>
      v;
};

class Source {
public:
  Source(std::string text, std::size_t chunk)
      : text_(std::move(text)), chunk_(chunk) {}
  ASL_ASYNC asl::Task<int> peek() {
    if (pos_ == buf_end_) {
      co_await ready_;
      buf_end_ = std::min(text_.size(), buf_end_ + chunk_);
      ++refills_;
    }
    co_return pos_ < buf_end_ ? text_[pos_] : -1;
  }
  ASL_ASYNC asl::Task<int> next() {
    int c = co_await peek();
    if (c != -1)
      ++pos_;
    co_return c;
  }
  ASL_ASYNC asl::Task<int> skip_ws() {
    int c;
    while ((c = co_await peek()) == ' ' || c == '\n')
      ++pos_;
    co_return c;
  }
  std::size_t pos() const { return pos_; }
  int refills() const { return refills_; }

private:
  std::string text_;
  std::size_t chunk_, pos_ = 0, buf_end_ = 0;
  int refills_ = 0;
  asl::Event ready_{true};
};

struct ParseError : std::runtime_error {
  std::size_t at;
  ParseError(const std::string &m, std::size_t a)
      : std::runtime_error(m), at(a) {}
};

ASL_ASYNC asl::Task<std::string> read_string(Source &s) {
  std::string out;
  for (int c = co_await s.next(); c != '"'; c = co_await s.next()) {
    if (c == -1)
      throw ParseError("unterminated string", s.pos());
    out += static_cast<char>(c);
  }
  co_return out;
}

ASL_ASYNC asl::Task<JsonValue> parse(Source &s, int depth) {
  if (depth > 4)
    throw ParseError("too deep", s.pos());
  switch (co_await s.skip_ws()) {
  case '{': {
    co_await s.next();
    auto obj = std::make_unique<JsonObject>();
    while (co_await s.skip_ws() != '}') {
      if (co_await s.next() != '"')
        throw ParseError("expected key", s.pos());
      std::string key = co_await read_string(s);
      if (co_await s.skip_ws() != ':' || co_await s.next() != ':')
        throw ParseError("expected ':'", s.pos());
      (*obj)[key] = co_await parse(s, depth + 1);
      if (co_await s.skip_ws() == ',')
        co_await s.next();
    }
    co_await s.next();
    co_return JsonValue{std::move(obj)};
  }
  case '[': {
    co_await s.next();
    auto arr = std::make_unique<JsonArray>();
    while (co_await s.skip_ws() != ']') {
      arr->push_back(co_await parse(s, depth + 1));
      if (co_await s.skip_ws() == ',')
        co_await s.next();
    }
    co_await s.next();
    co_return JsonValue{std::move(arr)};
  }
  case '"':
    co_await s.next();
    co_return JsonValue{co_await read_string(s)};
  case 't':
  case 'f':
  case 'n': {
    std::string word;
    while (std::isalpha(co_await s.peek()))
      word += static_cast<char>(co_await s.next());
    if (word == "null")
      co_return JsonValue{nullptr};
    if (word == "true" || word == "false")
      co_return JsonValue{word == "true"};
    throw ParseError("bad literal " + word, s.pos());
  }
  default: {
    std::string num;
    for (int c = co_await s.peek();
         (c >= '0' && c <= '9') || c == '.' || c == '-'; c = co_await s.peek())
      num += static_cast<char>(co_await s.next());
    if (num.empty())
      throw ParseError("unexpected char", s.pos());
    co_return JsonValue{std::stod(num)};
  }
  }
}

std::string show(const JsonValue &j) {
  struct V {
    std::string operator()(std::nullptr_t) const { return "null"; }
    std::string operator()(bool b) const { return b ? "T" : "F"; }
    std::string operator()(double d) const {
      return std::to_string(static_cast<int>(d * 10));
    }
    std::string operator()(const std::string &s) const { return "'" + s + "'"; }
    std::string operator()(const std::unique_ptr<JsonArray> &a) const {
      std::string o = "[";
      for (auto &e : *a) o += show(e) + ";";
      return o + "]";
    }
    std::string operator()(const std::unique_ptr<JsonObject> &m) const {
      std::string o = "{";
      for (auto &[k, e] : *m) o += k + "=" + show(e) + ";";
      return o + "}";
    }
  };
  return std::visit(V{}, j.v);
}

ASL_ASYNC asl::Task<std::string> load(std::string text, std::size_t chunk) {
  Source s(std::move(text), chunk);
  try {
    JsonValue v = co_await parse(s, 0);
    co_return show(v) + " refills=" + std::to_string(s.refills());
  } catch (const ParseError &e) {
    co_return std::string("error: ") + e.what() + " at " + std::to_string(e.at);
  }
}

int main() {
  for (const char *doc :
       {"{\"a\": [1, 2.5, true], \"b\": {\"c\": null, \"d\": \"x y\"}}",
        "[[[[[[1]]]]]]", "{\"k\" 1}", "[1, \"open", "[nope]", "  -3.5 "})
    std::cout << asl::sync_wait(load(doc, 4)) << "\n";
}
