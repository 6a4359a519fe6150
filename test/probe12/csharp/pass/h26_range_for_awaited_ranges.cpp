// Range-for over awaited collections (`foreach (var x in await GetAsync())`)
// with awaits in the body, structured bindings of map entries from an
// awaited map, nested range-for over a member of an awaited struct, break
// and continue, and an early co_return from the middle.
#include <asl/task.h>

#include <iostream>
#include <map>
#include <string>
#include <vector>

struct Team {
  std::string name;
  std::vector<std::string> members;
};

class Directory {
public:
  ASL_ASYNC asl::Task<std::vector<Team>> teams() {
    ++calls;
    co_return std::vector<Team>{{"core", {"ann", "bob", "cid"}},
                                {"web", {"dee", "eve"}},
                                {"ops", {"fay", "gus", "hal", "ivy"}}};
  }
  ASL_ASYNC asl::Task<std::map<std::string, int>> scores() {
    ++calls;
    co_return std::map<std::string, int>{
        {"ann", 3}, {"bob", 0}, {"cid", 7}, {"dee", 5},
        {"eve", 9}, {"fay", 1}, {"gus", 4}, {"hal", 8}};
  }
  ASL_ASYNC asl::Task<int> bonus(const std::string &who) {
    co_return static_cast<int>(who[0] - 'a');
  }
  int calls = 0;
};

ASL_ASYNC asl::Task<std::string> best_team(Directory &d) {
  std::string best;
  int best_total = -1;
  for (const Team &t : co_await d.teams()) {
    int total = 0;
    for (const std::string &m : t.members) {
      auto all = co_await d.scores();
      auto it = all.find(m);
      if (it == all.end()) {
        std::cout << "  " << m << " has no score\n";
        continue;
      }
      if (it->second == 0)
        break;
      total += it->second + co_await d.bonus(m);
    }
    std::cout << "  " << t.name << " " << total << "\n";
    if (total > best_total) {
      best_total = total;
      best = t.name;
    }
  }
  co_return best + " " + std::to_string(best_total);
}

ASL_ASYNC asl::Task<std::string> first_over(Directory &d, int limit) {
  for (auto &[who, score] : co_await d.scores()) {
    score += co_await d.bonus(who);
    if (score > limit)
      co_return who + "=" + std::to_string(score);
  }
  co_return "nobody";
}

int main() {
  Directory d;
  std::cout << asl::sync_wait(best_team(d)) << "\n";
  std::cout << asl::sync_wait(first_over(d, 10)) << "\n";
  std::cout << asl::sync_wait(first_over(d, 50)) << "\n";
  std::cout << "calls " << d.calls << "\n";
}
