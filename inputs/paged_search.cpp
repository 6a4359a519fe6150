// Checks early co_return from inside nested loops whose outer body awaits each
// page, break out of a loop after an await, and a vector of tasks started
// together and awaited one by one through the vector's elements.
#include <asl/task.h>

#include <deque>
#include <functional>
#include <iostream>
#include <string>
#include <vector>

struct Page {
  std::vector<std::string> items;
  bool has_more = false;
};

// A remote catalog that answers one page request per turn of its loop.
class Catalog {
public:
  struct Request {
    Catalog *catalog;
    int index;
    bool await_ready() const { return false; }
    template <class Handle> void await_suspend(Handle h) {
      catalog->pending_.push_back([h] { h.resume(); });
    }
    Page await_resume() const {
      ++catalog->requests_;
      Page page;
      for (int i = index * 3; i < index * 3 + 3 && i < catalog->size(); ++i)
        page.items.push_back(catalog->items_[i]);
      page.has_more = (index + 1) * 3 < catalog->size();
      return page;
    }
  };

  explicit Catalog(std::vector<std::string> items) : items_(std::move(items)) {}
  Request fetch(int index) { return Request{this, index}; }
  int size() const { return static_cast<int>(items_.size()); }
  int requests() const { return requests_; }
  void run() {
    while (!pending_.empty()) {
      std::function<void()> next = std::move(pending_.front());
      pending_.pop_front();
      next();
    }
  }

private:
  std::vector<std::string> items_;
  std::deque<std::function<void()>> pending_;
  int requests_ = 0;
};

ASL_ASYNC asl::Task<std::string> find_first(Catalog &catalog, std::string prefix,
                                            int max_pages) {
  for (int index = 0; index < max_pages; ++index) {
    Page page = co_await catalog.fetch(index);
    for (std::size_t i = 0; i < page.items.size(); ++i) {
      if (page.items[i].rfind(prefix, 0) == 0)
        co_return page.items[i] + " (page " + std::to_string(index) + ")";
    }
    if (!page.has_more)
      break;
  }
  co_return "no " + prefix;
}

ASL_ASYNC asl::Task<int> search_all(Catalog &catalog,
                                    std::vector<std::string> prefixes,
                                    int max_pages) {
  std::vector<asl::Task<std::string>> searches;
  for (std::size_t i = 0; i < prefixes.size(); ++i)
    searches.push_back(find_first(catalog, prefixes[i], max_pages));
  std::cout << "started " << searches.size() << " searches\n";

  int hits = 0;
  for (std::size_t i = 0; i < searches.size(); ++i) {
    std::string found = co_await searches[i];
    std::cout << prefixes[i] << " -> " << found << "\n";
    if (found.rfind("no ", 0) != 0)
      ++hits;
  }
  co_return hits;
}

int main() {
  Catalog catalog({"anchor", "bolt", "cable", "drill", "epoxy", "file",
                   "gasket", "hammer", "insulation", "jigsaw"});
  asl::Task<int> deep = search_all(catalog, {"c", "dr", "jig", "zinc"}, 4);
  catalog.run();
  int hits = asl::sync_wait(std::move(deep));
  std::cout << hits << " hits, " << catalog.requests() << " page requests\n";

  asl::Task<int> quick = search_all(catalog, {"b", "ham"}, 1);
  catalog.run();
  hits = asl::sync_wait(std::move(quick));
  std::cout << hits << " hits, " << catalog.requests() << " page requests\n";
}
