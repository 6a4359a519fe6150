// A command dispatcher: std::unordered_map<std::string, std::function<...>>
// of coroutine lambdas capturing `this` (registered in the constructor),
// generic coroutine lambdas, a recursive async std::function (a "macro"
// command that dispatches its sub-commands), and results formatted in
// order from a std::vector of (name, task) pairs awaited later.
#include <asl/task.h>

#include <functional>
#include <iostream>
#include <sstream>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

class Shell {
public:
  using Command = std::function<asl::Task<std::string>(std::string)>;
  Shell() {
    commands_["echo"] = [](std::string arg) -> asl::Task<std::string> {
      co_return arg;
    };
    commands_["count"] = [this](std::string arg) -> asl::Task<std::string> {
      co_await gate_;
      counter_ += static_cast<int>(arg.size());
      co_return std::to_string(counter_);
    };
    commands_["upper"] = [this](std::string arg) -> asl::Task<std::string> {
      auto transform = [](auto s) -> asl::Task<decltype(s)> {
        for (auto &c : s)
          if (c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 32);
        co_return s;
      };
      co_await gate_;
      co_return co_await transform(arg);
    };
    commands_["macro"] = [this](std::string arg) -> asl::Task<std::string> {
      std::istringstream in(arg);
      std::string part, out;
      while (std::getline(in, part, ';')) {
        auto space = part.find(' ');
        std::string name = part.substr(0, space);
        std::string rest =
            space == std::string::npos ? "" : part.substr(space + 1);
        out += (out.empty() ? "" : "|") + co_await dispatch(name, rest);
      }
      co_return out;
    };
  }
  ASL_ASYNC asl::Task<std::string> dispatch(std::string name,
                                            std::string arg) {
    auto it = commands_.find(name);
    if (it == commands_.end())
      throw std::invalid_argument("unknown command " + name);
    co_return co_await it->second(std::move(arg));
  }
  asl::Event gate_;

private:
  std::unordered_map<std::string, Command> commands_;
  int counter_ = 0;
};

int main() {
  Shell sh;
  std::vector<std::pair<std::string, asl::Task<std::string>>> pending;
  for (auto [name, arg] : std::vector<std::pair<std::string, std::string>>{
           {"echo", "hi"},
           {"count", "abc"},
           {"upper", "shout"},
           {"macro", "echo a;count xy;upper zz;echo b"},
           {"nope", "x"},
           {"macro", "count q;nope 1"}}) {
    pending.emplace_back(name, [&sh](std::string n, std::string a)
                                   -> asl::Task<std::string> {
      try {
        co_return co_await sh.dispatch(n, a);
      } catch (const std::exception &e) {
        co_return std::string("error: ") + e.what();
      }
    }(name, arg));
  }
  sh.gate_.set();
  for (auto &[name, task] : pending)
    std::cout << name << " -> " << asl::sync_wait(std::move(task)) << "\n";
}
