// An async tokenizer over a string buffer, as a C# developer would write a
// StreamReader-based lexer: ReadAsync/PeekAsync in loop heads and
// conditions, a switch on the character, same-named locals in sibling and
// nested scopes, string_view kept across awaits.
#include <asl/task.h>

#include <cctype>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

class Reader {
public:
  explicit Reader(std::string_view text) : text_(text) {}
  ASL_ASYNC asl::Task<int> peek() {
    co_await gate_;
    co_return pos_ < text_.size() ? text_[pos_] : -1;
  }
  ASL_ASYNC asl::Task<int> read() {
    int c = co_await peek();
    if (c != -1)
      ++pos_;
    co_return c;
  }
  std::size_t pos() const { return pos_; }

private:
  std::string_view text_;
  std::size_t pos_ = 0;
  asl::Event gate_{true};
};

enum class Kind { Number, Ident, Op, String };
struct Token {
  Kind kind;
  std::string text;
};

ASL_ASYNC asl::Task<std::vector<Token>> lex(Reader &r) {
  std::vector<Token> out;
  while (co_await r.peek() != -1) {
    int c = co_await r.read();
    if (std::isspace(c))
      continue;
    switch (c) {
    case '"': {
      std::string text;
      for (int d; (d = co_await r.read()) != '"';) {
        if (d == -1)
          throw std::runtime_error("unterminated string at " +
                                   std::to_string(r.pos()));
        if (d == '\\')
          d = co_await r.read();
        text += static_cast<char>(d);
      }
      out.push_back({Kind::String, std::move(text)});
      break;
    }
    case '+':
    case '-':
    case '*':
    case '=': {
      std::string text(1, static_cast<char>(c));
      if (co_await r.peek() == '=')
        text += static_cast<char>(co_await r.read());
      out.push_back({Kind::Op, text});
      break;
    }
    default:
      if (std::isdigit(c)) {
        std::string text(1, static_cast<char>(c));
        while (std::isdigit(co_await r.peek()))
          text += static_cast<char>(co_await r.read());
        out.push_back({Kind::Number, text});
      } else if (std::isalpha(c) || c == '_') {
        std::string text(1, static_cast<char>(c));
        for (int d = co_await r.peek(); std::isalnum(d) || d == '_';
             d = co_await r.peek())
          text += static_cast<char>(co_await r.read());
        out.push_back({Kind::Ident, text});
      } else {
        throw std::runtime_error(std::string("bad char '") +
                                 static_cast<char>(c) + "'");
      }
    }
  }
  co_return out;
}

const char *name(Kind k) {
  switch (k) {
  case Kind::Number: return "num";
  case Kind::Ident: return "id";
  case Kind::Op: return "op";
  case Kind::String: return "str";
  }
  return "?";
}

ASL_ASYNC asl::Task<void> run(std::string_view src) {
  Reader r(src);
  try {
    auto tokens = co_await lex(r);
    for (const auto &[kind, text] : tokens)
      std::cout << name(kind) << "(" << text << ") ";
    std::cout << "\n";
  } catch (const std::runtime_error &e) {
    std::cout << "error: " << e.what() << "\n";
  }
}

int main() {
  asl::sync_wait(run("x1 = 42 + y_2 * 7"));
  asl::sync_wait(run("name += \"a\\\"b c\" - 3"));
  asl::sync_wait(run("s = \"open"));
  asl::sync_wait(run("a = 1 $ 2"));
}
