// An IRepository<T>-style interface with virtual async members, const
// async members, an override that calls the base implementation and other
// members through this, and a decorator holding a unique_ptr to another
// repository (C#'s caching decorator).
#include <asl/task.h>

#include <iostream>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>

struct User {
  int id;
  std::string name;
};

class IUserRepo {
public:
  virtual ~IUserRepo() = default;
  virtual asl::Task<std::optional<User>> find(int id) const = 0;
  virtual asl::Task<void> save(User u) = 0;
  ASL_ASYNC asl::Task<std::string> display(int id) const {
    auto u = co_await find(id);
    co_return u ? u->name + "(" + std::to_string(u->id) + ")" : "<none>";
  }
};

class MemoryRepo : public IUserRepo {
public:
  ASL_ASYNC asl::Task<std::optional<User>> find(int id) const override {
    co_await gate_;
    ++reads_;
    if (auto it = users_.find(id); it != users_.end())
      co_return it->second;
    co_return std::nullopt;
  }
  ASL_ASYNC asl::Task<void> save(User u) override {
    co_await gate_;
    if (u.name.empty())
      throw std::invalid_argument("empty name for " + std::to_string(u.id));
    users_[u.id] = std::move(u);
  }
  int reads() const { return reads_; }

private:
  mutable asl::Event gate_{true};
  mutable int reads_ = 0;
  std::map<int, User> users_;
};

class CachingRepo : public IUserRepo {
public:
  explicit CachingRepo(std::unique_ptr<IUserRepo> inner)
      : inner_(std::move(inner)) {}
  ASL_ASYNC asl::Task<std::optional<User>> find(int id) const override {
    if (auto it = cache_.find(id); it != cache_.end()) {
      std::cout << "  cache hit " << id << "\n";
      co_return it->second;
    }
    auto u = co_await inner_->find(id);
    if (u)
      cache_.emplace(id, *u);
    co_return u;
  }
  ASL_ASYNC asl::Task<void> save(User u) override {
    cache_.erase(u.id);
    co_await inner_->save(u);
    co_await this->find(u.id);
  }

private:
  std::unique_ptr<IUserRepo> inner_;
  mutable std::map<int, User> cache_;
};

ASL_ASYNC asl::Task<int> scenario(IUserRepo &repo) {
  int errors = 0;
  for (auto [id, name] : {std::pair<int, const char *>{1, "ada"},
                          {2, "linus"}, {3, ""}, {1, "grace"}}) {
    try {
      co_await repo.save(User{id, name});
      std::cout << "saved " << co_await repo.display(id) << "\n";
    } catch (const std::invalid_argument &e) {
      ++errors;
      std::cout << "rejected: " << e.what() << "\n";
    }
  }
  std::cout << co_await repo.display(2) << " " << co_await repo.display(9)
            << "\n";
  co_return errors;
}

int main() {
  auto inner = std::make_unique<MemoryRepo>();
  MemoryRepo *raw = inner.get();
  CachingRepo repo(std::move(inner));
  int e = asl::sync_wait(scenario(repo));
  std::cout << "errors " << e << " reads " << raw->reads() << "\n";
}
