// Optional parameters the C# way (`string category = "general"`,
// `int level = 1`) on async logging methods, the string default taken by
// const reference as a C++ developer would; calls that use the defaults
// inside awaited expressions.
#include <asl/task.h>

#include <iostream>
#include <string>
#include <vector>

class Logger {
public:
  ASL_ASYNC asl::Task<int> log(const std::string &message,
                               const std::string &category = "general",
                               int level = 1) {
    co_await flush_;
    lines_.push_back("[" + category + ":" + std::to_string(level) + "] " +
                     message);
    co_return static_cast<int>(lines_.size());
  }
  const std::vector<std::string> &lines() const { return lines_; }

private:
  asl::Event flush_{true};
  std::vector<std::string> lines_;
};

ASL_ASYNC asl::Task<int> work(Logger &log) {
  int n = co_await log.log("started");
  n += co_await log.log("disk low", "storage");
  n += co_await log.log("fatal", "core", 3);
  co_return n;
}

int main() {
  Logger log;
  std::cout << asl::sync_wait(work(log)) << "\n";
  for (const auto &l : log.lines())
    std::cout << l << "\n";
}
