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
  struct peek_machine;
  ASL_ASYNC asl::Task<char> peek();
  struct take_machine;
  ASL_ASYNC asl::Task<char> take();
  struct expect_machine;
  ASL_ASYNC asl::Task<void> expect(char c);
  struct key_machine;
  ASL_ASYNC asl::Task<std::string> key();
  struct value_machine;
  ASL_ASYNC asl::Task<Value> value();

private:
  std::string src_;
  size_t pos_ = 0;
};

// The state machine of Parser::peek(), line 23. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct Parser::peek_machine {
  explicit peek_machine(Parser *this_) : this_(this_) {}
  ~peek_machine() {}

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = true;

  asl::task_builder<char> builder_;
  Parser *this_;
  int state_ = -1;

  void move_next();
};

inline asl::Task<char> Parser::peek() { return asl::start<peek_machine>(this); }

inline void Parser::peek_machine::move_next() {
  try {
    {
      while (this_->pos_ < this_->src_.size() &&
             this_->src_[this_->pos_] == ' ')
        ++this_->pos_;
      builder_.set_result(
          this_->pos_ < this_->src_.size() ? this_->src_[this_->pos_] : '\0');
      goto finish_;
    }
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of Parser::take(), line 28. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct Parser::take_machine {
  explicit take_machine(Parser *this_) : this_(this_) {}
  ~take_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::task_awaiter<char>> &&
      !asl::usually_suspends<asl::task_awaiter<char>>;

  asl::task_builder<char> builder_;
  Parser *this_;
  union {
    asl::task_awaiter<char> awaiter0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

inline asl::Task<char> Parser::take() { return asl::start<take_machine>(this); }

inline void Parser::take_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await peek() (line 29)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<char>{this_->peek()};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      char c = awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      ++this_->pos_;
      builder_.set_result(std::move(c));
      goto finish_;
    }
  } catch (...) {
    destroy_live();
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of Parser::expect(), line 33. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct Parser::expect_machine {
  expect_machine(Parser *this_, char &c) : this_(this_), c(std::move(c)) {}
  ~expect_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<asl::task_awaiter<char>, char>;

  asl::task_builder<void> builder_;
  Parser *this_;
  union {
    asl::task_awaiter<char> awaiter0_;
  };
  char c;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

inline asl::Task<void> Parser::expect(char c) {
  return asl::start<expect_machine>(this, c);
}

inline void Parser::expect_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      {
        // co_await take() (line 34)
        ::new (asl::place(awaiter0_)) asl::task_awaiter<char>{this_->take()};
        awaiter0_live_ = true;
        if (!awaiter0_.await_ready()) {
          state_ = 0;
          builder_.await_on_completed(awaiter0_, *this);
          return;
        resume0_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        char got = awaiter0_.await_resume();
        asl::destroy(awaiter0_, awaiter0_live_);
        if (got != c)
          throw std::runtime_error(std::string("expected ") + c + " got " +
                                   (got ? std::string(1, got) : "end"));
      }
    }
    builder_.set_result();
  } catch (...) {
    destroy_live();
    builder_.set_current_exception();
  }
  state_ = -2;
  builder_.complete();
}

// The state machine of Parser::key(), line 38. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct Parser::key_machine {
  explicit key_machine(Parser *this_) : this_(this_) {}
  ~key_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'k' may be kept (line
  // 41).
  static constexpr bool relocatable = false;

  asl::task_builder<std::string> builder_;
  Parser *this_;
  union {
    std::string k;
  };
  union {
    bool condition0_;
    asl::task_awaiter<char> awaiter1_;
  };
  union {
    asl::task_awaiter<char> awaiter0_;
  };
  int state_ = -1;
  bool k_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(k, k_live_);
  }

  void move_next();
};

inline asl::Task<std::string> Parser::key() {
  return asl::start<key_machine>(this);
}

inline void Parser::key_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    case 1:
      goto resume1_;
    default:
      break;
    }
    {
      ::new (asl::place(k)) std::string;
      k_live_ = true;

      for (;;) {
        // co_await peek() (line 40)
        ::new (asl::place(awaiter0_)) asl::task_awaiter<char>{this_->peek()};
        awaiter0_live_ = true;
        if (!awaiter0_.await_ready()) {
          state_ = 0;
          builder_.await_on_completed(awaiter0_, *this);
          unwind_.release();
          return;
        resume0_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        condition0_ = std::isalpha((unsigned char)awaiter0_.await_resume());
        asl::destroy(awaiter0_, awaiter0_live_);
        if (!condition0_)
          break;
        {
          // co_await take() (line 41)
          ::new (asl::place(awaiter1_)) asl::task_awaiter<char>{this_->take()};
          awaiter1_live_ = true;
          if (!awaiter1_.await_ready()) {
            state_ = 1;
            builder_.await_on_completed(awaiter1_, *this);
            unwind_.release();
            return;
          resume1_:
            state_ = -1;
            builder_.rethrow_if_suspend_failed();
          }
          k += awaiter1_.await_resume();
          asl::destroy(awaiter1_, awaiter1_live_);
        }
      }

      builder_.set_result(std::move(k));
      asl::destroy(k, k_live_);
      unwind_.release();
      goto finish_;
    }
    unwind_.release();
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of Parser::value(), line 44. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct Parser::value_machine {
  explicit value_machine(Parser *this_) : this_(this_) {}
  ~value_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'v' may be kept (line
  // 51).
  static constexpr bool relocatable = false;

  asl::task_builder<Value> builder_;
  Parser *this_;
  union {
    Value v;
  };
  union {
    std::string k;
  };
  union {
    asl::task_awaiter<char> awaiter0_;
    asl::task_awaiter<char> awaiter1_;
    bool condition5_;
    asl::task_awaiter<Value> awaiter3_;
    bool condition4_;
    asl::task_awaiter<char> awaiter5_;
    asl::task_awaiter<void> awaiter6_;
    asl::task_awaiter<char> awaiter7_;
    asl::task_awaiter<std::string> awaiter8_;
    asl::task_awaiter<void> awaiter9_;
    asl::task_awaiter<Value> awaiter10_;
    bool condition0_;
    asl::task_awaiter<void> awaiter13_;
    bool condition2_;
    long spill1_;
  };
  union {
    asl::task_awaiter<char> awaiter2_;
    asl::task_awaiter<char> awaiter4_;
    bool condition3_;
    asl::task_awaiter<char> awaiter14_;
    asl::task_awaiter<char> awaiter15_;
  };
  union {
    asl::task_awaiter<char> awaiter11_;
  };
  union {
    asl::task_awaiter<char> awaiter12_;
  };
  char c;
  int state_ = -1;
  bool v_live_ = false;
  bool k_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;
  bool awaiter3_live_ = false;
  bool awaiter4_live_ = false;
  bool awaiter5_live_ = false;
  bool awaiter6_live_ = false;
  bool awaiter7_live_ = false;
  bool awaiter8_live_ = false;
  bool awaiter9_live_ = false;
  bool awaiter10_live_ = false;
  bool awaiter11_live_ = false;
  bool awaiter12_live_ = false;
  bool awaiter13_live_ = false;
  bool awaiter14_live_ = false;
  bool awaiter15_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter15_, awaiter15_live_);
    asl::destroy(awaiter14_, awaiter14_live_);
    asl::destroy(awaiter13_, awaiter13_live_);
    asl::destroy(awaiter12_, awaiter12_live_);
    asl::destroy(awaiter11_, awaiter11_live_);
    asl::destroy(awaiter10_, awaiter10_live_);
    asl::destroy(awaiter9_, awaiter9_live_);
    asl::destroy(awaiter8_, awaiter8_live_);
    asl::destroy(k, k_live_);
    asl::destroy(awaiter7_, awaiter7_live_);
    asl::destroy(awaiter6_, awaiter6_live_);
    asl::destroy(awaiter5_, awaiter5_live_);
    asl::destroy(awaiter4_, awaiter4_live_);
    asl::destroy(awaiter3_, awaiter3_live_);
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(v, v_live_);
  }

  void move_next();
};

inline asl::Task<Value> Parser::value() {
  return asl::start<value_machine>(this);
}

inline void Parser::value_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    case 1:
      goto resume1_;
    case 2:
      goto resume2_;
    case 3:
      goto resume3_;
    case 4:
      goto resume4_;
    case 5:
      goto resume5_;
    case 6:
      goto resume6_;
    case 7:
      goto resume7_;
    case 8:
      goto resume8_;
    case 9:
      goto resume9_;
    case 10:
      goto resume10_;
    case 11:
      goto resume11_;
    case 12:
      goto resume12_;
    case 13:
      goto resume13_;
    case 14:
      goto resume14_;
    case 15:
      goto resume15_;
    default:
      break;
    }
    {
      ::new (asl::place(v)) Value;
      v_live_ = true;

      {
        // co_await peek() (line 46)
        ::new (asl::place(awaiter0_)) asl::task_awaiter<char>{this_->peek()};
        awaiter0_live_ = true;
        if (!awaiter0_.await_ready()) {
          state_ = 0;
          builder_.await_on_completed(awaiter0_, *this);
          unwind_.release();
          return;
        resume0_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        c = awaiter0_.await_resume();
        asl::destroy(awaiter0_, awaiter0_live_);
        switch (c) {
        case '[':
          v.kind = Value::List;
          // co_await take() (line 49)
          ::new (asl::place(awaiter1_)) asl::task_awaiter<char>{this_->take()};
          awaiter1_live_ = true;
          if (!awaiter1_.await_ready()) {
            state_ = 1;
            builder_.await_on_completed(awaiter1_, *this);
            unwind_.release();
            return;
          resume1_:
            state_ = -1;
            builder_.rethrow_if_suspend_failed();
          }
          awaiter1_.await_resume();
          asl::destroy(awaiter1_, awaiter1_live_);

          for (;;) {
            // co_await peek() (line 50)
            ::new (asl::place(awaiter2_))
                asl::task_awaiter<char>{this_->peek()};
            awaiter2_live_ = true;
            if (!awaiter2_.await_ready()) {
              state_ = 2;
              builder_.await_on_completed(awaiter2_, *this);
              unwind_.release();
              return;
            resume2_:
              state_ = -1;
              builder_.rethrow_if_suspend_failed();
            }
            condition5_ = awaiter2_.await_resume() != ']';
            asl::destroy(awaiter2_, awaiter2_live_);
            if (!condition5_)
              break;
            {
              // co_await value() (line 51)
              ::new (asl::place(awaiter3_))
                  asl::task_awaiter<Value>{this_->value()};
              awaiter3_live_ = true;
              if (!awaiter3_.await_ready()) {
                state_ = 3;
                builder_.await_on_completed(awaiter3_, *this);
                unwind_.release();
                return;
              resume3_:
                state_ = -1;
                builder_.rethrow_if_suspend_failed();
              }
              v.items.push_back(awaiter3_.await_resume());
              asl::destroy(awaiter3_, awaiter3_live_);

              {
                // co_await peek() (line 52)
                ::new (asl::place(awaiter4_))
                    asl::task_awaiter<char>{this_->peek()};
                awaiter4_live_ = true;
                if (!awaiter4_.await_ready()) {
                  state_ = 4;
                  builder_.await_on_completed(awaiter4_, *this);
                  unwind_.release();
                  return;
                resume4_:
                  state_ = -1;
                  builder_.rethrow_if_suspend_failed();
                }
                condition4_ = awaiter4_.await_resume() == ',';
                asl::destroy(awaiter4_, awaiter4_live_);
                if (condition4_) {
                  // co_await take() (line 53)
                  ::new (asl::place(awaiter5_))
                      asl::task_awaiter<char>{this_->take()};
                  awaiter5_live_ = true;
                  if (!awaiter5_.await_ready()) {
                    state_ = 5;
                    builder_.await_on_completed(awaiter5_, *this);
                    unwind_.release();
                    return;
                  resume5_:
                    state_ = -1;
                    builder_.rethrow_if_suspend_failed();
                  }
                  awaiter5_.await_resume();
                  asl::destroy(awaiter5_, awaiter5_live_);
                }
              }
            }
          }

          // co_await expect(']') (line 55)
          ::new (asl::place(awaiter6_))
              asl::task_awaiter<void>{this_->expect(']')};
          awaiter6_live_ = true;
          if (!awaiter6_.await_ready()) {
            state_ = 6;
            builder_.await_on_completed(awaiter6_, *this);
            unwind_.release();
            return;
          resume6_:
            state_ = -1;
            builder_.rethrow_if_suspend_failed();
          }
          awaiter6_.await_resume();
          asl::destroy(awaiter6_, awaiter6_live_);

          break;
        case '{':
          v.kind = Value::Obj;
          // co_await take() (line 59)
          ::new (asl::place(awaiter7_)) asl::task_awaiter<char>{this_->take()};
          awaiter7_live_ = true;
          if (!awaiter7_.await_ready()) {
            state_ = 7;
            builder_.await_on_completed(awaiter7_, *this);
            unwind_.release();
            return;
          resume7_:
            state_ = -1;
            builder_.rethrow_if_suspend_failed();
          }
          awaiter7_.await_resume();
          asl::destroy(awaiter7_, awaiter7_live_);

          for (;;) {
            {
              // co_await key() (line 61)
              ::new (asl::place(awaiter8_))
                  asl::task_awaiter<std::string>{this_->key()};
              awaiter8_live_ = true;
              if (!awaiter8_.await_ready()) {
                state_ = 8;
                builder_.await_on_completed(awaiter8_, *this);
                unwind_.release();
                return;
              resume8_:
                state_ = -1;
                builder_.rethrow_if_suspend_failed();
              }
              ::new (asl::place(k)) std::string(awaiter8_.await_resume());
              k_live_ = true;
              asl::destroy(awaiter8_, awaiter8_live_);

              // co_await expect(':') (line 62)
              ::new (asl::place(awaiter9_))
                  asl::task_awaiter<void>{this_->expect(':')};
              awaiter9_live_ = true;
              if (!awaiter9_.await_ready()) {
                state_ = 9;
                builder_.await_on_completed(awaiter9_, *this);
                unwind_.release();
                return;
              resume9_:
                state_ = -1;
                builder_.rethrow_if_suspend_failed();
              }
              awaiter9_.await_resume();
              asl::destroy(awaiter9_, awaiter9_live_);

              // co_await value() (line 63)
              ::new (asl::place(awaiter10_))
                  asl::task_awaiter<Value>{this_->value()};
              awaiter10_live_ = true;
              if (!awaiter10_.await_ready()) {
                state_ = 10;
                builder_.await_on_completed(awaiter10_, *this);
                unwind_.release();
                return;
              resume10_:
                state_ = -1;
                builder_.rethrow_if_suspend_failed();
              }
              v.fields.emplace(k, awaiter10_.await_resume());
              asl::destroy(awaiter10_, awaiter10_live_);

              asl::destroy(k, k_live_);
            }
            // co_await peek() (line 64)
            ::new (asl::place(awaiter11_))
                asl::task_awaiter<char>{this_->peek()};
            awaiter11_live_ = true;
            if (!awaiter11_.await_ready()) {
              state_ = 11;
              builder_.await_on_completed(awaiter11_, *this);
              unwind_.release();
              return;
            resume11_:
              state_ = -1;
              builder_.rethrow_if_suspend_failed();
            }
            condition0_ = awaiter11_.await_resume() == ',';
            if (condition0_) {
              // co_await take() (line 64)
              ::new (asl::place(awaiter12_))
                  asl::task_awaiter<char>{this_->take()};
              awaiter12_live_ = true;
              if (!awaiter12_.await_ready()) {
                state_ = 12;
                builder_.await_on_completed(awaiter12_, *this);
                unwind_.release();
                return;
              resume12_:
                state_ = -1;
                builder_.rethrow_if_suspend_failed();
              }
            }
            condition3_ = condition0_ && awaiter12_.await_resume();
            asl::destroy(awaiter12_, awaiter12_live_);
            asl::destroy(awaiter11_, awaiter11_live_);
            if (!condition3_)
              break;
          }

          // co_await expect('}') (line 65)
          ::new (asl::place(awaiter13_))
              asl::task_awaiter<void>{this_->expect('}')};
          awaiter13_live_ = true;
          if (!awaiter13_.await_ready()) {
            state_ = 13;
            builder_.await_on_completed(awaiter13_, *this);
            unwind_.release();
            return;
          resume13_:
            state_ = -1;
            builder_.rethrow_if_suspend_failed();
          }
          awaiter13_.await_resume();
          asl::destroy(awaiter13_, awaiter13_live_);

          break;
        default:
          if (!std::isdigit((unsigned char)c))
            throw std::runtime_error(std::string("bad char ") +
                                     (c ? std::string(1, c) : "end"));
          for (;;) {
            // co_await peek() (line 71)
            ::new (asl::place(awaiter14_))
                asl::task_awaiter<char>{this_->peek()};
            awaiter14_live_ = true;
            if (!awaiter14_.await_ready()) {
              state_ = 14;
              builder_.await_on_completed(awaiter14_, *this);
              unwind_.release();
              return;
            resume14_:
              state_ = -1;
              builder_.rethrow_if_suspend_failed();
            }
            condition2_ =
                std::isdigit((unsigned char)awaiter14_.await_resume());
            asl::destroy(awaiter14_, awaiter14_live_);
            if (!condition2_)
              break;
            {
              spill1_ = v.num * 10;
              // co_await take() (line 72)
              ::new (asl::place(awaiter15_))
                  asl::task_awaiter<char>{this_->take()};
              awaiter15_live_ = true;
              if (!awaiter15_.await_ready()) {
                state_ = 15;
                builder_.await_on_completed(awaiter15_, *this);
                unwind_.release();
                return;
              resume15_:
                state_ = -1;
                builder_.rethrow_if_suspend_failed();
              }
              v.num = spill1_ + (awaiter15_.await_resume() - '0');
              asl::destroy(awaiter15_, awaiter15_live_);
            }
          }
        }
      }

      builder_.set_result(std::move(v));
      asl::destroy(v, v_live_);
      unwind_.release();
      goto finish_;
    }
    unwind_.release();
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

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

// The state machine of parse(), line 101. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct parse_machine {
  explicit parse_machine(std::string &text) : text(std::move(text)) {}
  ~parse_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'p' may be kept (line
  // 104).
  static constexpr bool relocatable = false;

  asl::task_builder<std::string> builder_;
  std::string text;
  union {
    Parser p;
  };
  union {
    Value v;
  };
  union {
    asl::task_awaiter<Value> awaiter0_;
  };
  int state_ = -1;
  bool p_live_ = false;
  bool v_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(v, v_live_);
    asl::destroy(p, p_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<std::string> parse(std::string text) {
  return asl::start<parse_machine>(text);
}

inline void parse_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto try0_;
    default:
      break;
    }
    {
      ::new (asl::place(p)) Parser(text);
      p_live_ = true;

    try0_:
      try {
        asl::try_unwind_guard unwind_try_(unwind_, [&] {
          asl::destroy(awaiter0_, awaiter0_live_);
          asl::destroy(v, v_live_);
        });
        switch (state_) {
        case 0:
          goto resume0_;
        default:
          break;
        }

        // co_await p.value() (line 104)
        ::new (asl::place(awaiter0_)) asl::task_awaiter<Value>{p.value()};
        awaiter0_live_ = true;
        if (!awaiter0_.await_ready()) {
          state_ = 0;
          builder_.await_on_completed(awaiter0_, *this);
          unwind_.release();
          return;
        resume0_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        ::new (asl::place(v)) Value(awaiter0_.await_resume());
        v_live_ = true;
        asl::destroy(awaiter0_, awaiter0_live_);

        builder_.set_result(dump(v));
        asl::destroy(v, v_live_);
        asl::destroy(p, p_live_);
        unwind_.release();
        goto finish_;

      } catch (const std::exception &e) {
        builder_.set_result(std::string("error: ") + e.what());
        goto catch_exit0_;
      }
      // Jumps out of the handlers above go on here, once the exception
      // object is destroyed.
      if (false) {
      catch_exit0_:
        asl::destroy(p, p_live_);
        unwind_.release();
        goto finish_;
      }

      asl::destroy(p, p_live_);
    }
    unwind_.release();
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

int main() {
  for (const char *s : {"[1, 22, [3]]", "{a: 1, bc: [4, 5], d: {e: 6}}",
                        "[1, {x 2}]", "[7, ?]"})
    std::printf("%s -> %s\n", s, asl::sync_wait(parse(s)).c_str());
}
