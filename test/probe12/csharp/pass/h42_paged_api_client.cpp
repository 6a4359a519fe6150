// Paging through a REST API the C# way: `do { page = await
// GetPageAsync(token); ... } while (page.NextToken != null)` with
// `continue` jumping to an awaiting condition, a for loop whose increment
// awaits, `continue` from inside a try block, a while loop whose
// condition awaits and declares, and break out of a switch inside it.
#include <asl/task.h>

#include <iostream>
#include <optional>
#include <string>
#include <vector>

struct Page {
  std::vector<int> items;
  std::optional<std::string> next;
};

class Client {
public:
  ASL_ASYNC asl::Task<Page> get_page(std::optional<std::string> token) {
    ++requests;
    int start = token ? std::stoi(*token) : 0;
    if (start == 6 && !failed_once_) {
      failed_once_ = true;
      throw std::runtime_error("429 too many requests");
    }
    Page p;
    for (int i = start; i < start + 3 && i < 10; ++i)
      p.items.push_back(i * i);
    if (start + 3 < 10)
      p.next = std::to_string(start + 3);
    co_return p;
  }
  ASL_ASYNC asl::Task<int> step(int i) { co_return i < 4 ? 1 : 2; }
  ASL_ASYNC asl::Task<std::optional<int>> poll(int &n) {
    if (n >= 5)
      co_return std::nullopt;
    co_return n++;
  }
  int requests = 0;

private:
  bool failed_once_ = false;
};

ASL_ASYNC asl::Task<std::string> collect(Client &c) {
  std::string out;
  std::optional<std::string> token;
  Page page;
  int retries = 0;
  do {
    try {
      page = co_await c.get_page(token);
    } catch (const std::runtime_error &e) {
      out += "[retry: " + std::string(e.what()) + "]";
      ++retries;
      continue;
    }
    for (int v : page.items) {
      if (v % 2)
        continue;
      out += std::to_string(v) + " ";
    }
    token = page.next;
  } while (token || (retries > 0 && page.items.empty() &&
                     (co_await c.get_page(std::nullopt)).items.size() > 5));
  int visited = 0;
  for (int i = 0; i < 10; i += co_await c.step(i)) {
    if (i == 2)
      continue;
    ++visited;
  }
  out += "| visited " + std::to_string(visited);
  int n = 0;
  while (auto v = co_await c.poll(n)) {
    switch (*v) {
    case 1:
      continue;
    case 3:
      break;
    default:
      out += " p" + std::to_string(*v);
    }
  }
  co_return out + " | requests " + std::to_string(c.requests);
}

int main() {
  Client c;
  std::cout << asl::sync_wait(collect(c)) << "\n";
}
