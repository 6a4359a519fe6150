// Checks a switch with awaits inside its cases: break leaving the switch,
// continue leaving the loop around it, an await in a nested block of a case,
// and an early co_return from a case, in a vending machine's session loop.
#include <asl/task.h>

#include <deque>
#include <functional>
#include <iostream>
#include <string>

enum class Kind { Coin, Select, Cancel, Service };

struct Command {
  Kind kind;
  int value;
};

// Hands out commands; a session waiting for one is resumed by send().
class Inbox {
public:
  struct Next {
    Inbox *inbox;
    bool await_ready() const { return !inbox->commands_.empty(); }
    template <class Handle> void await_suspend(Handle h) {
      inbox->waiter_ = [h] { h.resume(); };
    }
    Command await_resume() const {
      Command c = inbox->commands_.front();
      inbox->commands_.pop_front();
      return c;
    }
  };
  Next next() { return Next{this}; }
  void send(Command c) {
    commands_.push_back(c);
    if (waiter_) {
      std::function<void()> resume = std::move(waiter_);
      waiter_ = nullptr;
      resume();
    }
  }

private:
  std::deque<Command> commands_;
  std::function<void()> waiter_;
};

// Redraws on a later turn of its own loop, so every show() suspends.
class Display {
public:
  struct Refresh {
    Display *display;
    bool await_ready() const { return false; }
    template <class Handle> void await_suspend(Handle h) {
      display->frames_.push_back([h] { h.resume(); });
    }
    void await_resume() const {}
  };

  struct show_machine;
  ASL_ASYNC asl::Task<void> show(std::string text);
  void run() {
    while (!frames_.empty()) {
      std::function<void()> next = std::move(frames_.front());
      frames_.pop_front();
      next();
    }
  }

private:
  std::deque<std::function<void()>> frames_;
};

// The state machine of Display::show(), line 60. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct Display::show_machine {
  show_machine(Display *this_, std::string &text)
      : text(std::move(text)), this_(this_) {}
  ~show_machine() {}

  // Built in its heap box from the start: the address of 'text' may be kept
  // (line 62).
  static constexpr bool relocatable = false;

  asl::task_builder<void> builder_;
  std::string text;
  Display *this_;
  union {
    Display::Refresh awaiter0_;
  };
  int state_ = -1;

  void move_next();
};

inline asl::Task<void> Display::show(std::string text) {
  return asl::start<show_machine>(this, text);
}

inline void Display::show_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await Refresh{this} (line 61)
      ::new (asl::place(awaiter0_)) Display::Refresh(Refresh{this_});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      std::cout << "  [display] " << text << "\n";
    }
    builder_.set_result();
  } catch (...) {
    builder_.set_current_exception();
  }
  state_ = -2;
  builder_.complete();
}

// The state machine of session(), line 76. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct session_machine {
  session_machine(Inbox &inbox, Display &display)
      : inbox(inbox), display(display) {}
  ~session_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<Command, Inbox::Next, asl::task_awaiter<void>,
                       const int[3], int, std::basic_string<char>, std::string>;

  asl::task_builder<int> builder_;
  Inbox &inbox;
  Display &display;
  union {
    Inbox::Next awaiter0_;
    std::string temporary0_;
    std::string temporary1_;
    std::string temporary3_;
    std::string temporary4_;
    std::string temporary5_;
    asl::task_awaiter<void> awaiter6_;
  };
  union {
    asl::task_awaiter<void> awaiter1_;
    std::basic_string<char> temporary2_;
    asl::task_awaiter<void> awaiter3_;
    asl::task_awaiter<void> awaiter4_;
    asl::task_awaiter<void> awaiter5_;
  };
  union {
    asl::task_awaiter<void> awaiter2_;
  };
  union {
    const int prices[3];
  };
  int credit;
  int sold;
  union {
    Command cmd;
  };
  int price;
  int state_ = -1;
  bool temporary0_live_ = false;
  bool temporary1_live_ = false;
  bool temporary2_live_ = false;
  bool temporary3_live_ = false;
  bool temporary4_live_ = false;
  bool temporary5_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;
  bool awaiter3_live_ = false;
  bool awaiter4_live_ = false;
  bool awaiter5_live_ = false;
  bool awaiter6_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter6_, awaiter6_live_);
    asl::destroy(awaiter5_, awaiter5_live_);
    asl::destroy(temporary5_, temporary5_live_);
    asl::destroy(awaiter4_, awaiter4_live_);
    asl::destroy(temporary4_, temporary4_live_);
    asl::destroy(awaiter3_, awaiter3_live_);
    asl::destroy(temporary3_, temporary3_live_);
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(temporary2_, temporary2_live_);
    asl::destroy(temporary1_, temporary1_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(temporary0_, temporary0_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> session(Inbox &inbox, Display &display) {
  return asl::start<session_machine>(inbox, display);
}

inline void session_machine::move_next() {
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
    default:
      break;
    }
    {
      ::new (asl::place(prices)) const int[3]{120, 250, 90};

      credit = 0;

      sold = 0;

      while (true) {
        // co_await inbox.next() (line 81)
        ::new (asl::place(awaiter0_)) Inbox::Next(inbox.next());
        if (!awaiter0_.await_ready()) {
          state_ = 0;
          builder_.await_on_completed(awaiter0_, *this);
          unwind_.release();
          return;
        resume0_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        ::new (asl::place(cmd)) Command(awaiter0_.await_resume());

        switch (cmd.kind) {
        case Kind::Coin:
          credit += cmd.value;
          ::new (asl::place(temporary0_)) std::string(std::to_string(credit));
          temporary0_live_ = true;
          // co_await display.show("credit " + std::to_string(credit)) (line 85)
          ::new (asl::place(awaiter1_)) asl::task_awaiter<void>{
              display.show("credit " + std::move(temporary0_))};
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
          asl::destroy(temporary0_, temporary0_live_);

          break;
        case Kind::Select: {
          price = prices[cmd.value];

          if (credit < price) {
            ::new (asl::place(temporary1_))
                std::string(std::to_string(price - credit));
            temporary1_live_ = true;
            ::new (asl::place(temporary2_))
                std::basic_string<char>("need " + std::move(temporary1_));
            temporary2_live_ = true;
            // co_await at line 90
            ::new (asl::place(awaiter2_)) asl::task_awaiter<void>{
                display.show(std::move(temporary2_) + " more")};
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
            awaiter2_.await_resume();
            asl::destroy(awaiter2_, awaiter2_live_);
            asl::destroy(temporary2_, temporary2_live_);
            asl::destroy(temporary1_, temporary1_live_);

            break;
          }
          credit -= price;
          ++sold;
          ::new (asl::place(temporary3_))
              std::string(std::to_string(cmd.value));
          temporary3_live_ = true;
          // co_await at line 95
          ::new (asl::place(awaiter3_)) asl::task_awaiter<void>{
              display.show("dispense slot " + std::move(temporary3_))};
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
          awaiter3_.await_resume();
          asl::destroy(awaiter3_, awaiter3_live_);
          asl::destroy(temporary3_, temporary3_live_);

          if (credit > 0) {
            ::new (asl::place(temporary4_)) std::string(std::to_string(credit));
            temporary4_live_ = true;
            // co_await display.show("change " + std::to_string(credit)) (line
            // 97)
            ::new (asl::place(awaiter4_)) asl::task_awaiter<void>{
                display.show("change " + std::move(temporary4_))};
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
            awaiter4_.await_resume();
            asl::destroy(awaiter4_, awaiter4_live_);
            asl::destroy(temporary4_, temporary4_live_);

            credit = 0;
          }
          break;
        }
        case Kind::Cancel:
          if (credit == 0)
            continue;
          ::new (asl::place(temporary5_)) std::string(std::to_string(credit));
          temporary5_live_ = true;
          // co_await display.show("refund " + std::to_string(credit)) (line
          // 105)
          ::new (asl::place(awaiter5_)) asl::task_awaiter<void>{
              display.show("refund " + std::move(temporary5_))};
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
          asl::destroy(temporary5_, temporary5_live_);

          credit = 0;
          continue;
        case Kind::Service:
          // co_await display.show("out of service") (line 109)
          ::new (asl::place(awaiter6_))
              asl::task_awaiter<void>{display.show("out of service")};
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

          builder_.set_result(std::move(sold));
          unwind_.release();
          goto finish_;
        }
        std::cout << "  ready, credit " << credit << "\n";
      }
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
  Inbox inbox;
  Display display;
  asl::Task<int> machine = session(inbox, display);

  Command script[] = {{Kind::Coin, 100}, {Kind::Select, 0}, {Kind::Coin, 50},
                      {Kind::Select, 0}, {Kind::Cancel, 0}, {Kind::Coin, 200},
                      {Kind::Cancel, 0}, {Kind::Coin, 100}, {Kind::Select, 2},
                      {Kind::Service, 0}};
  const char *names[] = {"coin", "select", "cancel", "service"};
  for (const Command &c : script) {
    std::cout << names[static_cast<int>(c.kind)] << " " << c.value << "\n";
    inbox.send(c);
    display.run();
  }
  std::cout << "sold " << asl::sync_wait(std::move(machine)) << "\n";
}
