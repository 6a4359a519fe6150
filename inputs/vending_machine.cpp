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

  ASL_ASYNC asl::Task<void> show(std::string text) {
    co_await Refresh{this};
    std::cout << "  [display] " << text << "\n";
  }
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

ASL_ASYNC asl::Task<int> session(Inbox &inbox, Display &display) {
  const int prices[] = {120, 250, 90};
  int credit = 0;
  int sold = 0;
  while (true) {
    Command cmd = co_await inbox.next();
    switch (cmd.kind) {
    case Kind::Coin:
      credit += cmd.value;
      co_await display.show("credit " + std::to_string(credit));
      break;
    case Kind::Select: {
      int price = prices[cmd.value];
      if (credit < price) {
        co_await display.show("need " + std::to_string(price - credit) + " more");
        break;
      }
      credit -= price;
      ++sold;
      co_await display.show("dispense slot " + std::to_string(cmd.value));
      if (credit > 0) {
        co_await display.show("change " + std::to_string(credit));
        credit = 0;
      }
      break;
    }
    case Kind::Cancel:
      if (credit == 0)
        continue;
      co_await display.show("refund " + std::to_string(credit));
      credit = 0;
      continue;
    case Kind::Service:
      co_await display.show("out of service");
      co_return sold;
    }
    std::cout << "  ready, credit " << credit << "\n";
  }
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
