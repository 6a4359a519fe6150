// An async game loop / state machine as a Unity-C# developer might write
// it: an enum class state, a switch inside a while(true) with awaits in
// cases, `goto` to a cleanup label leaving scopes with lifted locals,
// break/continue in nested loops, and RAII guards that print.
#include <asl/task.h>

#include <array>
#include <iostream>
#include <string>
#include <vector>

struct Guard {
  std::string name;
  explicit Guard(std::string n) : name(std::move(n)) {
    std::cout << "  enter " << name << "\n";
  }
  ~Guard() { std::cout << "  leave " << name << "\n"; }
  Guard(const Guard &) = delete;
  Guard &operator=(const Guard &) = delete;
};

class Frame {
public:
  explicit Frame(asl::Event &tick) : tick_(tick) {}
  ASL_ASYNC asl::Task<int> next() {
    co_await tick_;
    co_return ++frame_;
  }

private:
  asl::Event &tick_;
  int frame_ = 0;
};

enum class State { Menu, Playing, Paused, GameOver };

ASL_ASYNC asl::Task<std::string> game(Frame &f, std::vector<char> input) {
  State state = State::Menu;
  int score = 0, lives = 2;
  std::size_t i = 0;
  Guard session("session");
  while (true) {
    if (i >= input.size())
      goto out_of_input;
    switch (state) {
    case State::Menu: {
      Guard g("menu");
      if (input[i++] == 's' && co_await f.next() > 0)
        state = State::Playing;
      break;
    }
    case State::Playing: {
      Guard g("level");
      for (; i < input.size(); ++i) {
        char c = input[i];
        int frame = co_await f.next();
        if (c == 'p') {
          state = State::Paused;
          ++i;
          break;
        }
        if (c == 'x') {
          if (--lives == 0) {
            state = State::GameOver;
            ++i;
            break;
          }
          continue;
        }
        score += c == '*' ? 10 * frame : 1;
      }
      break;
    }
    case State::Paused: {
      Guard g("pause");
      char c = input[i++];
      if (c == 'r') {
        co_await f.next();
        state = State::Playing;
      } else if (c == 'q') {
        goto quit;
      }
      break;
    }
    case State::GameOver:
      co_return "game over, score " + std::to_string(score);
    }
  }
quit : {
  Guard g("quit");
  co_await f.next();
  co_return "quit, score " + std::to_string(score);
}
out_of_input:
  co_return "input ended in state " + std::to_string(static_cast<int>(state)) +
      ", score " + std::to_string(score);
}

int main() {
  asl::Event tick(true);
  for (const char *script : {"s.*p r*.x.*x", "s..pq", "s*.", "zzs.*"}) {
    Frame f(tick);
    std::string s(script);
    std::cout << script << ": "
              << asl::sync_wait(game(f, std::vector<char>(s.begin(), s.end())))
              << "\n";
  }
}
